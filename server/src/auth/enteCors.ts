import type { Context, MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { ApiError } from '../errors';

const ALLOW_HEADERS =
  'Content-Type, X-CSRF-Token, X-Modulo-Session, Idempotency-Key, X-Filename, Authorization';
const ALLOW_METHODS = 'GET, POST, PUT, DELETE, OPTIONS';

/** The origins allowed for this request: the ente's of the path, or any ente's where there is none (`/api/me`). */
async function allowedOrigins(c: Context<Env>): Promise<Set<string>> {
  const id = /^\/api\/entes\/([^/]+)/.exec(c.req.path)?.[1];
  if (id) return new Set((await c.var.store.entes.get(id))?.embedOrigins ?? []);
  return new Set((await c.var.store.entes.list()).flatMap((e) => e.embedOrigins));
}

/**
 * CORS per ente: only the origins an ente configured (`embedOrigins`, where its forms are
 * embedded) may call its API with credentials; the answer names that one origin, never `*`.
 * Another site's unsafe request is refused outright (403 `origin_not_allowed`), before any
 * handler runs. Same-origin requests and clients without `Origin` (curl, back-office systems)
 * pass untouched.
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
    await next();
    c.header('Vary', 'Origin', { append: true });
    if (allowed) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Credentials', 'true');
    }
  };
}
