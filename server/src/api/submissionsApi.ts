import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { ApiError } from '../errors';
import { fileSubmission } from '../filing/fileSubmission';
import { requireEnte } from './entesApi';
import { openApiApp } from './openApiApp';
import { FilingAnswerSchema, praticaAnswer } from './praticaAnswer';
import { citizenOf } from '../auth/requireCitizen';
import { requireCitizen } from './requireCitizen';
import { errors } from './schemas';

const SubmissionSchema = z
  .object({
    version: z
      .string()
      .min(1)
      .max(64)
      .openapi({ example: '1.0.0', description: 'The exact published version' }),
    answers: z.record(z.string(), z.unknown()),
    attachments: z
      .record(z.string(), z.union([z.string().min(1).max(64), z.array(z.string().min(1).max(64)).max(100)]))
      .optional()
      .openapi({ description: 'Attachment field id (or JSON Pointer into the answers) → upload id(s)' }),
  })
  .openapi('Submission');

/** Before the body validator: a form post or a text body is a 415, not a schema error. */
const requireJson: MiddlewareHandler<Env> = async (c, next) => {
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? ''))
    throw new ApiError(
      'unsupported_media_type',
      'La domanda va inviata come JSON (Content-Type: application/json).',
      'Send the submission as application/json.',
    );
  await next();
};

const submit = createRoute({
  method: 'post',
  middleware: [requireJson] as const,
  path: '/{ente}/modules/{moduleId}/submissions',
  tags: ['Filing'],
  summary: 'File a submission: validated, protocolled, routed, with its deadline',
  description:
    'Validated against the published schema; fees recomputed; attachments taken from the uploads. ' +
    'One transaction assigns the next protocol number of the AOO for the year, stores the filing ' +
    'with the SHA-256 of its canonical JSON, appends to the register hash chain and audits. ' +
    'With `Idempotency-Key`, a retry returns the first answer.',
  request: {
    params: z.object({
      ente: z
        .string()
        .regex(/^[a-z0-9-]{1,64}$/)
        .openapi({ param: { name: 'ente', in: 'path' } }),
      moduleId: z
        .string()
        .regex(/^[a-z0-9-]{1,100}$/)
        .openapi({ param: { name: 'moduleId', in: 'path' } }),
    }),
    headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }),
    body: { content: { 'application/json': { schema: SubmissionSchema } }, required: true },
  },
  responses: {
    201: {
      description: 'Filed (or the first answer again, on a retry)',
      content: { 'application/json': { schema: FilingAnswerSchema } },
    },
    ...errors(400, 401, 403, 404, 409, 410, 413, 415, 422),
  },
});

/** `POST /api/entes/:ente/modules/:moduleId/submissions`. */
export function submissionsApi() {
  return openApiApp().openapi(submit, async (c) => {
    const citizen = requireCitizen(c);
    const { ente: enteId, moduleId } = c.req.valid('param');
    const ente = await requireEnte(c, enteId);
    // The module's login level (SPID 1/2/3), before anything is filed.
    const asked = await c.var.store.modules.version(ente.id, moduleId, c.req.valid('json').version);
    if (asked) citizenOf(c, asked.module.procedure.loginLevel);
    const idempotencyKey = c.req.valid('header')['idempotency-key'];
    const { pratica, replayed } = await fileSubmission(
      {
        store: c.var.store,
        ente,
        moduleId,
        citizen,
        now: c.var.now,
        ...(idempotencyKey ? { idempotencyKey } : {}),
      },
      c.req.valid('json'),
    );
    if (replayed) c.header('Idempotent-Replayed', 'true');
    c.header('Location', `/api/me/pratiche/${pratica.code}`);
    return c.json(praticaAnswer(pratica, ente), 201);
  });
}
