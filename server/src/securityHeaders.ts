import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { nodeResponse } from './answerHeader';

/**
 * The headers every answer carries: Hono's `secureHeaders` defaults, without
 * Cross-Origin-Resource-Policy (a Comune's site loads the embed's script and styles).
 */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

/**
 * `SECURITY_HEADERS` on every answer. On Node they are set on the socket's response before the
 * handler runs (Node merges them with the handler's own when the head is written), so an answer
 * keeps @hono/node-server's fast path: setting them on the web `Response` afterwards, as Hono's
 * `secureHeaders` does, turned every answer into an undici `Response` with `Headers` (~30 µs of
 * a filing, measured with `filingRun.ts`). Elsewhere (`app.request()` in tests) Hono's middleware
 * with the same headers.
 */
export function securityHeaders(): MiddlewareHandler {
  const viaResponse = secureHeaders({ crossOriginResourcePolicy: false });
  return (c, next) => {
    const outgoing = nodeResponse(c);
    if (!outgoing) return viaResponse(c, next);
    for (const [name, value] of SECURITY_HEADERS) outgoing.setHeader(name, value);
    return next();
  };
}
