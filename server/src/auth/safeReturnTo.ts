import type { Ente } from '../storage/EnteStore';

/**
 * Where a login may send the browser back: a path on this server, or a URL on one of the ente's
 * allowed origins (where its forms are embedded). Anything else (another site, `//host`,
 * `javascript:`, a backslash trick) is refused: no open redirect.
 */
export function safeReturnTo(value: string | undefined, selfOrigin: string, ente?: Ente): string | undefined {
  if (value === undefined || value === '') return '/';
  // Backslashes and control characters: browsers read `/\\evil` as `//evil`.
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, selfOrigin);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.origin === selfOrigin) return url.pathname + url.search + url.hash;
  return ente?.embedOrigins.includes(url.origin) ? url.href : undefined;
}
