import { z } from '@hono/zod-openapi';

export const CodeParam = z.object({
  code: z
    .string()
    .regex(/^[A-Z0-9-]{4,20}$/)
    .openapi({ param: { name: 'code', in: 'path' }, example: 'K7QM-4TZP' }),
});

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const AssignmentSchema = z
  .object({
    officeId: z.string().optional(),
    officeName: z.string(),
    responsibleId: z.string().optional(),
    responsibleName: z.string(),
    responsibleTitle: z.string(),
    ruleId: z.string().optional(),
  })
  .openapi('Assignment');

export const InboxItemSchema = z
  .object({
    code: z.string(),
    subject: z.string(),
    moduleId: z.string(),
    moduleVersion: z.string(),
    status: z.string(),
    protocol: z.object({
      number: z.number().int(),
      year: z.number().int(),
      date: z.string(),
      segnatura: z.string(),
    }),
    assignment: AssignmentSchema,
    deadline: z.string().openapi({ description: 'The current due date (YYYY-MM-DD), suspensions counted' }),
    daysLeft: z.number().int().nullable().openapi({ description: 'Negative when overdue; null once ended' }),
    overdue: z.boolean(),
    suspendedUntil: z.string().optional(),
    comune: z.string().optional(),
  })
  .openapi('InboxItem');

export const InboxQuerySchema = z.object({
  state: z
    .string()
    .optional()
    .openapi({ description: 'A status (e.g. in_charge), `open` (default), `ended` or `all`' }),
  moduleId: z.string().optional(),
  comune: z.string().optional(),
  due: z.enum(['overdue', 'near']).optional().openapi({ description: 'near: due within 7 days' }),
  officeId: z.string().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const OutgoingSchema = z
  .object({
    kind: z.enum(['integration_request', 'preavviso', 'decision']),
    number: z.number().int(),
    year: z.number().int(),
    date: z.string(),
    at: z.string(),
    segnatura: z.string(),
    subject: z.string(),
    documentSha256: z.string(),
  })
  .openapi('OutgoingProtocol');

export const MessageSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    sender: z.enum(['office', 'citizen']),
    author: z.string(),
    body: z.string(),
    attachments: z.array(
      z.object({
        uploadId: z.string(),
        name: z.string(),
        mediaType: z.string(),
        size: z.number(),
        sha256: z.string(),
      }),
    ),
  })
  .openapi('PraticaMessage');

export const PraticaDetailSchema = z
  .object({
    code: z.string(),
    subject: z.string(),
    status: z.string(),
    statusLabel: z.string(),
    ente: z.object({ id: z.string(), name: z.string() }),
    submitter: z.string(),
    module: z.object({
      id: z.string(),
      version: z.string(),
      title: z.string().optional(),
      document: z.unknown(),
    }),
    answers: z.record(z.string(), z.unknown()),
    attachments: z.array(
      z.object({
        field: z.string(),
        uploadId: z.string(),
        name: z.string(),
        mediaType: z.string(),
        size: z.number(),
        sha256: z.string(),
      }),
    ),
    documentSha256: z.string(),
    registerHash: z.string(),
    protocol: z.object({
      number: z.number().int(),
      year: z.number().int(),
      date: z.string(),
      at: z.string(),
      aoo: z.string(),
      segnatura: z.string(),
    }),
    fees: z.unknown(),
    route: AssignmentSchema,
    deadline: z.string(),
    daysLeft: z.number().int().nullable(),
    overdue: z.boolean(),
    suspendedUntil: z.string().optional(),
    comune: z.string().optional(),
    timeline: z
      .unknown()
      .openapi({ description: 'timeline() of @modulo/procedure: entries, responsible, deadline' }),
    outgoing: z.array(OutgoingSchema),
    messages: z.array(MessageSchema),
    allowedActions: z.array(z.string()),
  })
  .openapi('BackofficePratica');

export const ActionSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('take_in_charge'), note: z.string().max(2000).optional() }),
    z.object({
      type: z.literal('request_integration'),
      message: z.string().trim().min(1).max(5000),
      documents: z.array(z.string().trim().min(1).max(300)).min(1).max(50),
      dueBy: IsoDate.openapi({ description: 'At most 30 days from today (art. 2 c. 7)' }),
    }),
    z.object({ type: z.literal('preavviso'), reasons: z.string().trim().min(1).max(5000) }),
    z.object({
      type: z.literal('conclude'),
      outcome: z.enum(['positive', 'negative']),
      motivation: z.string().max(10000),
      documentUploadId: z.string().min(1).openapi({ description: 'From POST /api/backoffice/uploads' }),
    }),
    z.object({
      type: z.literal('reassign'),
      operatorId: z.string().optional(),
      officeId: z.string().optional(),
      reason: z.string().trim().min(1).max(2000),
    }),
  ])
  .openapi('BackofficeAction');

export type Action = z.infer<typeof ActionSchema>;
