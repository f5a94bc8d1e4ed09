import type { Context, MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { nodeResponse } from '../answerHeader';
import { ApiError } from '../errors';
import type { Store } from '../storage/Store';

const ALLOW_HEADERS =
  'Content-Type, X-CSRF-Token, X-Modulo-Session, Idempotency-Key, X-Filename, Authorization';
const ALLOW_METHODS = 'GET, POST, PUT, DELETE, OPTIONS';

/**
 * How long an instance trusts the embed origins it read. A PUT clears the cache of the instance
 * that served it at once; other instances (PostgreSQL, several processes) see it within this time.
 */
export const EMBED_ORIGINS_TTL_MS = 5_000;

const caches = new WeakMap<Store, Map<string, { until: number; origins: Set<string> }>>();

/** Forgets what `enteCors` read from `store` (after an admin changed an ente's origins). */
export function forgetEmbedOrigins(store: Store): void {
  caches.get(store)?.clear();
}

/** The origins allowed for this request: the ente's of the path, or any ente's where there is none (`/api/me`). */
async function allowedOrigins(c: Context<Env>): Promise<Set<string>> {
  const store = c.get('store');
  const id = /^\/api\/entes\/([^/]+)/.exec(c.req.path)?.[1];
  const key = id === undefined ? '' : `ente:${id}`;
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.origins;
  const origins = id
    ? new Set((await store.entes.get(id))?.embedOrigins ?? [])
    : new Set((await store.entes.list()).flatMap((e) => e.embedOrigins));
  // Bounded: one entry per ente id asked for, whether or not it exists.
  if (cache.size > 10_000) cache.clear();
  cache.set(key, { until: Date.now() + EMBED_ORIGINS_TTL_MS, origins });
  return origins;
}

/**
 * CORS per ente: only the origins an ente configured (`embedOrigins`, where its forms are
 * embedded) may call its API with credentials; the answer names that one origin, never `*`.
 * Another site's unsafe request is refused outright (403 `origin_not_allowed`), before any
 * handler runs. Same-origin requests and clients without `Origin` (curl, back-office systems)
 * pass untouched. The origins are read through a short cache (`EMBED_ORIGINS_TTL_MS`).
 */
export function enteCors(): MiddlewareHandler<Env> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (!origin || origin === new URL(c.req.url).origin) return next();
    const allowed = (await allowedOrigins(c)).has(origin);
    if (c.req.method === 'OPTIONS') {
      if (!allowed) return c.body(null, 204, { Vary: 'Origin' });
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Allow-Methods': ALLOW_METHODS,
        'Access-Control-Allow-Headers': ALLOW_HEADERS,
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    if (!allowed && !['GET', 'HEAD'].includes(c.req.method))
      throw new ApiError(
        'origin_not_allowed',
        'Questo sito non è autorizzato a inviare domande all’ente.',
        `Origin ${origin} is not among the ente's allowed origins.`,
      );
    // On Node, on the socket's response before the handler: an embedded form's every call keeps
    // @hono/node-server's fast path (answerHeader.ts). No handler sets these headers itself.
    const node = nodeResponse(c);
    if (node) {
      node.setHeader('Vary', 'Origin');
      if (allowed) {
        node.setHeader('Access-Control-Allow-Origin', origin);
        node.setHeader('Access-Control-Allow-Credentials', 'true');
      }
      return next();
    }
    await next();
    c.header('Vary', 'Origin', { append: true });
    if (allowed) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Credentials', 'true');
    }
  };
}
