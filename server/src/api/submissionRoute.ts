import { createRoute, z } from '@hono/zod-openapi';
import { FilingAnswerSchema } from './praticaAnswer';
import { errors } from './schemas';

// The filing route's contract, for /api/openapi.json and for the request reader
// (`submissionRequest.ts`); `submissionsApi.ts` serves it with a plain Hono handler.

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

export const SubmissionSchema = z
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

export const SubmissionParamsSchema = z.object({
  ente: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .openapi({ param: { name: 'ente', in: 'path' } }),
  moduleId: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/)
    .openapi({ param: { name: 'moduleId', in: 'path' } }),
});

export const SubmissionHeadersSchema = z.object({ 'idempotency-key': z.string().min(1).max(200).optional() });

export const submitRoute = createRoute({
  method: 'post',
  path: '/{ente}/modules/{moduleId}/submissions',
  tags: ['Filing'],
  summary: 'File a submission: validated, protocolled, routed, with its deadline',
  description:
    'Validated against the published schema; fees recomputed; attachments taken from the uploads. ' +
    'One transaction assigns the next protocol number of the AOO for the year, stores the filing ' +
    'with the SHA-256 of its canonical JSON, appends to the register hash chain and audits. ' +
    'With `Idempotency-Key`, a retry returns the first answer.',
  request: {
    params: SubmissionParamsSchema,
    headers: SubmissionHeadersSchema,
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
