import type { Context } from 'hono';
import { ApiError } from '../errors';

/** The request body as JSON, or a coded 400 that says so in Italian and English. */
export async function readJsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new ApiError(
      'invalid_json',
      'Il corpo della richiesta non è un JSON valido.',
      'The request body is not valid JSON.',
    );
  }
}
