import { createRoute, z } from '@hono/zod-openapi';
import {
  CreateModuleSchema,
  DraftSchema,
  ModuleParams,
  ModuleSummarySchema,
  VersionSchema,
} from './moduleAdminSchemas';
import { EnteParam, errors } from './schemas';

// The OpenAPI definitions of `/api/entes/{ente}/admin/modules...`; handlers in `moduleAdminApi.ts`.

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
/** What every staff module route shares: its tag. */
const staffRoute = { tags: ['Modules (staff)'] };
/** ...and the routes on one module, its path parameters. */
const onModule = { request: { params: ModuleParams } };

export const listModules = createRoute({
  method: 'get',
  path: '/{ente}/admin/modules',
  ...staffRoute,
  summary: "The ente's modules: drafts, published and archived",
  request: { params: EnteParam },
  responses: {
    200: json(z.object({ modules: z.array(ModuleSummarySchema) }), 'The modules'),
    ...errors(401, 403, 404),
  },
});

export const createModule = createRoute({
  method: 'post',
  path: '/{ente}/admin/modules',
  ...staffRoute,
  summary: 'Create a module draft from a form-library template, or blank, bound to directory entries',
  request: {
    params: EnteParam,
    body: { content: { 'application/json': { schema: CreateModuleSchema } }, required: true },
  },
  responses: { 201: json(DraftSchema, 'The new draft'), ...errors(400, 401, 403, 404, 409, 422) },
});

export const getDraft = createRoute({
  method: 'get',
  path: '/{ente}/admin/modules/{moduleId}/draft',
  ...staffRoute,
  summary: "A module's working draft, with its lint findings",
  ...onModule,
  responses: { 200: json(DraftSchema, 'The draft'), ...errors(401, 403, 404) },
});

export const putDraft = createRoute({
  method: 'put',
  path: '/{ente}/admin/modules/{moduleId}/draft',
  ...staffRoute,
  summary: 'Save the draft (only through parseModule); creates a new draft beside the published version',
  request: {
    params: ModuleParams,
    body: { content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } }, required: true },
  },
  responses: { 200: json(DraftSchema, 'The saved draft'), ...errors(400, 401, 403, 404, 422) },
});

export const startDraft = createRoute({
  method: 'post',
  path: '/{ente}/admin/modules/{moduleId}/draft',
  ...staffRoute,
  summary: 'Start a new draft from the current published version (next patch version)',
  ...onModule,
  responses: { 201: json(DraftSchema, 'The new draft'), ...errors(401, 403, 404, 409) },
});

export const deleteDraft = createRoute({
  method: 'delete',
  path: '/{ente}/admin/modules/{moduleId}/draft',
  ...staffRoute,
  summary: 'Discard the draft (published versions stay)',
  ...onModule,
  responses: { 204: { description: 'Discarded' }, ...errors(401, 403, 404) },
});

export const publish = createRoute({
  method: 'post',
  path: '/{ente}/admin/modules/{moduleId}/publish',
  ...staffRoute,
  summary: 'Publish the draft: directory binding, lintModule, version order, browser validators',
  ...onModule,
  responses: { 201: json(VersionSchema, 'The published version'), ...errors(401, 403, 404, 409, 422) },
});

export const archive = createRoute({
  method: 'post',
  path: '/{ente}/admin/modules/{moduleId}/archive',
  ...staffRoute,
  summary: 'Archive a module: no new filings; its pratiche and versions stay',
  ...onModule,
  responses: {
    200: json(z.object({ moduleId: z.string(), status: z.literal('archived') }), 'Archived'),
    ...errors(401, 403, 404, 409),
  },
});

export const listVersions = createRoute({
  method: 'get',
  path: '/{ente}/admin/modules/{moduleId}/versions',
  ...staffRoute,
  summary: 'Every published version, with who published it when',
  ...onModule,
  responses: {
    200: json(z.object({ versions: z.array(VersionSchema) }), 'The versions'),
    ...errors(401, 403, 404),
  },
});

export const diffRoute = createRoute({
  method: 'get',
  path: '/{ente}/admin/modules/{moduleId}/diff',
  ...staffRoute,
  summary: 'diffModules between two versions (a published version number, or "draft")',
  request: {
    params: ModuleParams,
    query: z.object({
      from: z
        .string()
        .regex(/^(\d+\.\d+\.\d+|draft)$/)
        .openapi({ example: '1.0.0' }),
      to: z
        .string()
        .regex(/^(\d+\.\d+\.\d+|draft)$/)
        .openapi({ example: 'draft' }),
    }),
  },
  responses: {
    200: json(
      z.object({
        from: z.string(),
        to: z.string(),
        changes: z.array(z.record(z.string(), z.unknown())),
        breaking: z.boolean(),
        bump: z.enum(['major', 'minor', 'patch', 'none']),
        suggestedVersion: z.string(),
      }),
      'The changes from `from` to `to`',
    ),
    ...errors(400, 401, 403, 404),
  },
});
