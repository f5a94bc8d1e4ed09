import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { ApiError } from '../errors';
import { fileSubmission } from '../filing/fileSubmission';
import { requireEnte } from './entesApi';
import { openApiApp } from './openApiApp';
import { FilingAnswerSchema, praticaAnswer } from './praticaAnswer';
import { citizenOf } from '../auth/requireCitizen';
import { filerOf } from './filerOf';
import { errors } from './schemas';

const OnBehalfOfSchema = z
  .object({
    fiscalNumber: z
      .string()
      .regex(/^([A-Z0-9]{16}|[0-9]{11})$/)
      .openapi({ example: 'RSSMRA80A01H501U' }),
    givenName: z.string().max(200).optional(),
    familyName: z.string().max(200).optional(),
    birthdate: z.string().max(10).optional(),
    email: z.string().max(320).optional(),
    phoneNumber: z.string().max(50).optional(),
    companyName: z.string().max(300).optional(),
    vatNumber: z.string().max(20).optional(),
    pec: z.string().max(320).optional(),
  })
  .strict()
  .openapi('OnBehalfOf');

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
    onBehalfOf: OnBehalfOfSchema.optional().openapi({
      description:
        'Only with an integration token (scope `submissions:write`): the citizen the system files for. ' +
        'The prefilled identity answers must equal it. A citizen filing for themselves leaves it out.',
    }),
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

const onBehalfOfMisused = (token: boolean) =>
  new ApiError(
    'invalid_request',
    token
      ? 'Chi presenta con un token di integrazione indica in onBehalfOf per quale cittadino.'
      : 'onBehalfOf vale solo per i sistemi con un token di integrazione.',
    token
      ? 'A filing with an integration token names the citizen in onBehalfOf.'
      : 'onBehalfOf is only for filings with an integration token.',
    { path: '/onBehalfOf' },
  );

/**
 * `POST /api/entes/:ente/modules/:moduleId/submissions`: by the logged-in citizen, or by an
 * integration token of the ente with `submissions:write` on behalf of the citizen it names
 * (submitter `token:<id>`, audited as such).
 */
export function submissionsApi() {
  return openApiApp().openapi(submit, async (c) => {
    const filer = await filerOf(c);
    const { ente: enteId, moduleId } = c.req.valid('param');
    const ente = await requireEnte(c, enteId);
    const body = c.req.valid('json');
    if ((body.onBehalfOf !== undefined) !== (filer.kind === 'token'))
      throw onBehalfOfMisused(filer.kind === 'token');
    if (filer.kind === 'citizen') {
      // The module's login level (SPID 1/2/3), before anything is filed.
      const asked = await c.var.store.modules.version(ente.id, moduleId, body.version);
      if (asked) citizenOf(c, asked.module.procedure.loginLevel);
    }
    const idempotencyKey = c.req.valid('header')['idempotency-key'];
    const { pratica, replayed } = await fileSubmission(
      {
        store: c.var.store,
        ente,
        moduleId,
        ...(filer.kind === 'citizen'
          ? { citizen: filer.citizen }
          : { citizen: body.onBehalfOf!, token: filer.token }),
        now: c.var.now,
        ...(idempotencyKey ? { idempotencyKey } : {}),
      },
      body,
    );
    if (replayed) c.header('Idempotent-Replayed', 'true');
    c.header(
      'Location',
      filer.kind === 'citizen'
        ? `/api/me/pratiche/${pratica.code}`
        : `/api/entes/${ente.id}/pratiche/${pratica.code}`,
    );
    return c.json(praticaAnswer(pratica, ente), 201);
  });
}
