import { OpenAPIHono } from '@hono/zod-openapi';
import type { z } from '@hono/zod-openapi';
import type { Env } from '../env';
import { errorBody } from '../errors';

/** The 400 body of a request that fails its zod schema (`target`: json, param, header, query). */
export function invalidRequestBody(error: z.ZodError, target: string) {
  const details = error.issues.map((issue) => {
    const path = '/' + issue.path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
    return {
      code: issue.code,
      path: `${target === 'json' ? '' : '/' + target}${path === '/' ? '' : path}` || '/',
      message: 'Valore non valido nella richiesta.',
      messageEn: issue.message,
    };
  });
  return errorBody(
    'invalid_request',
    'La richiesta non è valida: controlla i dati indicati.',
    'The request does not match the API schema.',
    { details },
  );
}

/**
 * A sub-app whose routes are described with `createRoute`: the OpenAPI document is generated
 * from them, and a request that fails its zod schema gets the one coded error shape.
 */
export function openApiApp() {
  return new OpenAPIHono<Env>({
    defaultHook: (result, c) => {
      if (result.success) return;
      return c.json(invalidRequestBody(result.error, result.target), 400);
    },
  });
}
