import { z } from '@hono/zod-openapi';
import { EnteParam } from './schemas';

// The request and answer shapes of the staff module routes (`moduleAdminRoutes.ts`).

export const ModuleParams = EnteParam.extend({
  moduleId: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .openapi({ param: { name: 'moduleId', in: 'path' }, example: 'iscrizione-mensa-scolastica' }),
});

export const FindingSchema = z
  .object({
    severity: z.enum(['error', 'warning', 'info']),
    code: z.string(),
    message: z.string(),
    /** JSON Pointer into the module. */
    path: z.string(),
    /** The designer's address: a field or step id, or a dotted procedure path. */
    subject: z.string(),
    property: z.string().optional(),
    params: z.record(z.string(), z.unknown()),
  })
  .openapi('LintFinding');

export const DraftSchema = z
  .object({
    moduleId: z.string(),
    version: z.string(),
    basedOn: z.string().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
    updatedBy: z.string(),
    module: z.record(z.string(), z.unknown()).openapi({ description: 'The module document (format 3)' }),
    lint: z.array(FindingSchema),
  })
  .openapi('ModuleDraft');

const PublishedBySchema = z.object({ id: z.string(), name: z.string().optional() });
export const VersionSchema = z
  .object({
    version: z.string(),
    status: z.enum(['published', 'archived']),
    publishedAt: z.string(),
    publishedBy: PublishedBySchema.optional(),
    validatorUrl: z.string(),
  })
  .openapi('ModuleVersion');

export const ModuleSummarySchema = z
  .object({
    moduleId: z.string(),
    title: z.string(),
    status: z.enum(['draft', 'published', 'archived']),
    current: VersionSchema.optional(),
    draft: z.object({ version: z.string(), updatedAt: z.string(), updatedBy: z.string() }).optional(),
  })
  .openapi('ModuleSummary');

export const CreateModuleSchema = z
  .object({
    template: z.string().optional().openapi({ description: 'Id of a form-library module to start from' }),
    id: z
      .string()
      .optional()
      .openapi({ description: 'The new module id (kebab-case); default: the template id' }),
    title: z.string().min(1).optional().openapi({ description: 'Title of a blank module' }),
    office: z.string().openapi({ description: 'Office id from the directory' }),
    responsible: z.string().openapi({ description: 'Staff id of the responsabile del procedimento' }),
    substitute: z.string().openapi({ description: 'Staff id of the titolare del potere sostitutivo' }),
  })
  .openapi('CreateModule');
