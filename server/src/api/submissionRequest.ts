import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from '@hono/zod-openapi';
import type { Env } from '../env';
import { ApiError } from '../errors';
import { invalidRequestBody } from './openApiApp';
import { SubmissionHeadersSchema, SubmissionParamsSchema, SubmissionSchema } from './submissionRoute';

export type Submission = z.infer<typeof SubmissionSchema>;

/** A filing request that matches `submitRoute`'s contract. */
export interface SubmissionRequest {
  enteId: string;
  moduleId: string;
  idempotencyKey: string | undefined;
  body: Submission;
}

const ENTE = /^[a-z0-9-]{1,64}$/;
const MODULE = /^[a-z0-9-]{1,100}$/;
/** What the route's `requireJson` accepted; zod-openapi's media-type gate then let the same through. */
const JSON_TYPE = /^application\/json\s*(;|$)/i;
/** The envelope without `answers`: a few keys, cheap for zod. */
const EnvelopeSchema = SubmissionSchema.omit({ answers: true });

/** A form post or a text body is a 415, not a schema error. */
export const unsupportedMediaType = () =>
  new ApiError(
    'unsupported_media_type',
    'La domanda va inviata come JSON (Content-Type: application/json).',
    'Send the submission as application/json.',
  );

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a filing request as zod-openapi's validators for `submitRoute` did, in their order
 * (media type 415, path parameters, headers, malformed JSON, body schema), with the same 400
 * bodies, but without zod walking the answers: a record of unknowns, as the route declares it,
 * is any plain object, and the module's own validator (Ajv) checks every answer next. Zod
 * parsed the 40 answers of a realistic module into a copy per filing. Whenever the quick check
 * doubts, the full schema decides, so errors and stripped keys are zod's own.
 */
export async function submissionRequest(c: Context<Env>): Promise<SubmissionRequest | Response> {
  if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) throw unsupportedMediaType();
  const enteId = c.req.param('ente')!;
  const moduleId = c.req.param('moduleId')!;
  if (!ENTE.test(enteId) || !MODULE.test(moduleId)) {
    const params = SubmissionParamsSchema.safeParse({ ente: enteId, moduleId });
    if (!params.success) return c.json(invalidRequestBody(params.error, 'param'), 400);
  }
  const idempotencyKey = c.req.header('idempotency-key');
  if (idempotencyKey !== undefined && (idempotencyKey.length < 1 || idempotencyKey.length > 200)) {
    const headers = SubmissionHeadersSchema.safeParse(c.req.header());
    if (!headers.success) return c.json(invalidRequestBody(headers.error, 'header'), 400);
  }
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new HTTPException(400, { message: 'Malformed JSON in request body' });
  }
  if (isRecord(raw) && isRecord(raw.answers) && !Object.hasOwn(raw.answers, '__proto__')) {
    const { answers, ...rest } = raw;
    const envelope = EnvelopeSchema.safeParse(rest);
    if (envelope.success) return { enteId, moduleId, idempotencyKey, body: { ...envelope.data, answers } };
  }
  const full = SubmissionSchema.safeParse(raw);
  if (!full.success) return c.json(invalidRequestBody(full.error, 'json'), 400);
  return { enteId, moduleId, idempotencyKey, body: full.data };
}
