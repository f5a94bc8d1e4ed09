import { z } from '@hono/zod-openapi';

/** The coded error body, for the OpenAPI document. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'module_not_found' }),
      message: z.string().openapi({ description: 'Italian, for people' }),
      messageEn: z.string().openapi({ description: 'English, for integrators' }),
      path: z.string().optional(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

/** Error responses for a route's `responses`, keyed by status. */
export function errors(...statuses: (400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 503)[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: 'Coded error', content: { 'application/json': { schema: ErrorSchema } } },
    ]),
  ) as Record<
    number,
    { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }
  >;
}

export const EnteParam = z.object({
  ente: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .openapi({ param: { name: 'ente', in: 'path' }, example: 'montebello' }),
});

export const OfficeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    ipaUo: z.string().optional(),
    email: z.string().optional(),
    pec: z.string().optional(),
    phone: z.string().optional(),
    address: z.string().optional(),
    hours: z.string().optional(),
  })
  .openapi('Office');

export const StaffSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    title: z.string(),
    roles: z.array(z.string()),
    email: z.string().optional(),
    phone: z.string().optional(),
    offices: z.array(z.string()),
  })
  .openapi('StaffMember');

export const EnteSummarySchema = z
  .object({
    id: z.string(),
    kind: z.enum(['comune', 'unione']),
    name: z.string(),
    ipaCode: z.string(),
    aoo: z.object({ code: z.string(), name: z.string(), register: z.string() }),
    members: z.array(z.string()),
    unione: z.string().optional(),
  })
  .openapi('EnteSummary');

export const EnteSchema = EnteSummarySchema.extend({
  patron: z.string().optional(),
  embedOrigins: z.array(z.string()),
  offices: z.array(OfficeSchema),
}).openapi('Ente');

export const DirectorySchema = z
  .object({ offices: z.array(OfficeSchema), staff: z.array(StaffSchema) })
  .openapi('Directory');
