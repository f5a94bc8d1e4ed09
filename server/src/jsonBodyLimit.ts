import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Env } from './env';
import { ApiError } from './errors';

/**
 * The JSON API's body limit. A body with a `Content-Length` (and no `Transfer-Encoding`) is
 * judged by that header alone, as Hono's `bodyLimit` does, but without touching
 * `c.req.raw.body`: on @hono/node-server that getter turns the request into a full web
 * `Request` with a stream over the socket, which costs a filing about as much CPU as its
 * validation (measured with `--cpu-prof` under `pnpm bench:server`). A chunked body goes
 * through `bodyLimit`, which counts the bytes as they arrive.
 */
export function jsonBodyLimit(maxBytes: number): MiddlewareHandler<Env> {
  const tooLarge = () => {
    throw new ApiError(
      'payload_too_large',
      `Il corpo della richiesta supera il limite di ${Math.round(maxBytes / 1024)} KB.`,
      `The request body exceeds ${maxBytes} bytes.`,
    );
  };
  const counted = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (parseInt(length, 10) > maxBytes) tooLarge();
      return next();
    }
    return counted(c, next);
  };
}
