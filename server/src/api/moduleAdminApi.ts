import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { getLibraryModule } from '@modulo/form-library';
import type { Module } from '@modulo/form-model';
import { diffModules, lintModule, parseModule } from '@modulo/form-model';
import type { Env } from '../env';
import { ApiError } from '../errors';
import { bindToDirectory } from '../modules/bindToDirectory';
import { blankModule } from '../modules/blankModule';
import { publishModule } from '../modules/publishModule';
import { nextPatch } from '../modules/nextPatch';
import type { ModuleDraft, PublishedModule } from '../storage/ModuleStore';
import type { Ente } from '../storage/EnteStore';
import { requireEnte } from './entesApi';
import { openApiApp } from './openApiApp';
import { requireStaff } from './requireStaff';
import { EnteParam, errors } from './schemas';

const ModuleParams = EnteParam.extend({
  moduleId: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .openapi({ param: { name: 'moduleId', in: 'path' }, example: 'iscrizione-mensa-scolastica' }),
});

const FindingSchema = z
  .object({
    severity: z.enum(['error', 'warning', 'info']),
    code: z.string(),
    message: z.string(),
    path: z.string(),
    property: z.string().optional(),
  })
  .openapi('LintFinding');

const DraftSchema = z
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
const VersionSchema = z
  .object({
    version: z.string(),
    status: z.enum(['published', 'archived']),
    publishedAt: z.string(),
    publishedBy: PublishedBySchema.optional(),
    validatorUrl: z.string(),
  })
  .openapi('ModuleVersion');

const ModuleSummarySchema = z
  .object({
    moduleId: z.string(),
    title: z.string(),
    status: z.enum(['draft', 'published', 'archived']),
    current: VersionSchema.optional(),
    draft: z.object({ version: z.string(), updatedAt: z.string(), updatedBy: z.string() }).optional(),
  })
  .openapi('ModuleSummary');

const CreateModuleSchema = z
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

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const admin = ['Modules (staff)'];

const listModules = createRoute({
  method: 'get',
  path: '/{ente}/admin/modules',
  tags: admin,
  summary: "The ente's modules: drafts, published and archived",
  request: { params: EnteParam },
  responses: {
    200: json(z.object({ modules: z.array(ModuleSummarySchema) }), 'The modules'),
    ...errors(401, 403, 404),
  },
});

const createModule = createRoute({
  method: 'post',
  path: '/{ente}/admin/modules',
  tags: admin,
  summary: 'Create a module draft from a form-library template, or blank, bound to directory entries',
  request: {
    params: EnteParam,
    body: { content: { 'application/json': { schema: CreateModuleSchema } }, required: true },
  },
  responses: { 201: json(DraftSchema, 'The new draft'), ...errors(400, 401, 403, 404, 409, 422) },
});

const getDraft = createRoute({
  method: 'get',
  path: '/{ente}/admin/modules/{moduleId}/draft',
  tags: admin,
  summary: "A module's working draft, with its lint findings",
  request: { params: ModuleParams },
  responses: { 200: json(DraftSchema, 'The draft'), ...errors(401, 403, 404) },
});

const putDraft = createRoute({
  method: 'put',
  path: '/{ente}/admin/modules/{moduleId}/draft',
  tags: admin,
  summary: 'Save the draft (only through parseModule); creates a new draft beside the published version',
  request: {
    params: ModuleParams,
    body: { content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } }, required: true },
  },
  responses: { 200: json(DraftSchema, 'The saved draft'), ...errors(400, 401, 403, 404, 422) },
});

const startDraft = createRoute({
  method: 'post',
  path: '/{ente}/admin/modules/{moduleId}/draft',
  tags: admin,
  summary: 'Start a new draft from the current published version (next patch version)',
  request: { params: ModuleParams },
  responses: { 201: json(DraftSchema, 'The new draft'), ...errors(401, 403, 404, 409) },
});

const deleteDraft = createRoute({
  method: 'delete',
  path: '/{ente}/admin/modules/{moduleId}/draft',
  tags: admin,
  summary: 'Discard the draft (published versions stay)',
  request: { params: ModuleParams },
  responses: { 204: { description: 'Discarded' }, ...errors(401, 403, 404) },
});

const publish = createRoute({
  method: 'post',
  path: '/{ente}/admin/modules/{moduleId}/publish',
  tags: admin,
  summary: 'Publish the draft: directory binding, lintModule, version order, browser validators',
  request: { params: ModuleParams },
  responses: { 201: json(VersionSchema, 'The published version'), ...errors(401, 403, 404, 409, 422) },
});

const archive = createRoute({
  method: 'post',
  path: '/{ente}/admin/modules/{moduleId}/archive',
  tags: admin,
  summary: 'Archive a module: no new filings; its pratiche and versions stay',
  request: { params: ModuleParams },
  responses: {
    200: json(z.object({ moduleId: z.string(), status: z.literal('archived') }), 'Archived'),
    ...errors(401, 403, 404, 409),
  },
});

const listVersions = createRoute({
  method: 'get',
  path: '/{ente}/admin/modules/{moduleId}/versions',
  tags: admin,
  summary: 'Every published version, with who published it when',
  request: { params: ModuleParams },
  responses: {
    200: json(z.object({ versions: z.array(VersionSchema) }), 'The versions'),
    ...errors(401, 403, 404),
  },
});

const diffRoute = createRoute({
  method: 'get',
  path: '/{ente}/admin/modules/{moduleId}/diff',
  tags: admin,
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

const moduleNotFound = (id: string) =>
  new ApiError('module_not_found', `Modulo "${id}" non trovato.`, `Module "${id}" not found.`);

function draftBody(d: ModuleDraft) {
  return {
    moduleId: d.moduleId,
    version: d.module.version,
    ...(d.basedOn ? { basedOn: d.basedOn } : {}),
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    updatedBy: d.updatedBy,
    module: d.module as unknown as Record<string, unknown>,
    lint: lintModule(d.module),
  };
}

function versionBody(ente: Ente, v: PublishedModule) {
  const who = v.publishedBy ? ente.staff.find((s) => s.id === v.publishedBy) : undefined;
  return {
    version: v.version,
    status: v.status,
    publishedAt: v.publishedAt,
    ...(v.publishedBy ? { publishedBy: { id: v.publishedBy, ...(who ? { name: who.name } : {}) } } : {}),
    validatorUrl: `/api/entes/${ente.id}/modules/${v.moduleId}/versions/${v.version}/validator.js`,
  };
}

/** A module accepted by `parseModule`, or the coded 422 with each meta-schema problem. */
function parsed(input: unknown): Module {
  const r = parseModule(input);
  if (r.ok) return r.value;
  throw new ApiError(
    'invalid_module',
    `Il modulo non è valido: ${r.error.message}`,
    `The module is not valid (${r.error.code}).`,
    {
      path: r.error.path,
      details: (r.error.details ?? []).map((d) => ({
        code: r.error.code,
        path: d.path,
        message: d.message,
        messageEn: d.message,
      })),
    },
  );
}

async function requireDraft(c: Context<Env>, enteId: string, moduleId: string): Promise<ModuleDraft> {
  const d = await c.var.store.modules.getDraft(enteId, moduleId);
  if (!d) {
    throw new ApiError(
      'draft_not_found',
      `Il modulo "${moduleId}" non ha una bozza.`,
      `Module "${moduleId}" has no draft.`,
    );
  }
  return d;
}

/** A template module with its office and people taken from the ente's directory. */
function withPeople(
  m: Module,
  ente: Ente,
  ids: { office: string; responsible: string; substitute: string },
): Module {
  const p = m.procedure;
  const chosen: Module = {
    ...m,
    procedure: {
      ...p,
      office: { ...p.office, id: ids.office },
      responsible: { ...p.responsible, id: ids.responsible },
      substitute: { ...p.substitute, id: ids.substitute },
      // Routing rules of a template name offices of no particular ente: staff add their own.
      routing: undefined,
    },
  };
  const bound = bindToDirectory(chosen, ente);
  if (!bound.ok) {
    throw new ApiError(
      'not_in_directory',
      "Ufficio, responsabile e sostituto devono essere scelti dalla rubrica dell'ente.",
      "Office, responsible and substitute must be entries of the ente's directory.",
      { details: bound.problems },
    );
  }
  const { routing: _none, ...procedure } = bound.module.procedure;
  return { ...bound.module, procedure };
}

/**
 * `/api/entes/{ente}/admin/modules`: staff create, edit, publish and archive their ente's
 * modules. Drafts are stored only through `parseModule`; published versions never change.
 */
export function moduleAdminApi() {
  return openApiApp()
    .openapi(listModules, async (c) => {
      const ente = await requireEnte(c, c.req.valid('param').ente);
      requireStaff(c, ente.id);
      const [published, drafts] = await Promise.all([
        c.var.store.modules.list(ente.id),
        c.var.store.modules.listDrafts(ente.id),
      ]);
      const ids = [
        ...new Set([...published.map((p) => p.moduleId), ...drafts.map((d) => d.moduleId)]),
      ].sort();
      const modules = ids.map((id) => {
        const current = published.find((p) => p.moduleId === id);
        const draft = drafts.find((d) => d.moduleId === id);
        return {
          moduleId: id,
          title: (current?.module ?? draft!.module).title.it,
          status: current ? current.status : ('draft' as const),
          ...(current ? { current: versionBody(ente, current) } : {}),
          ...(draft
            ? {
                draft: {
                  version: draft.module.version,
                  updatedAt: draft.updatedAt,
                  updatedBy: draft.updatedBy,
                },
              }
            : {}),
        };
      });
      return c.json({ modules }, 200);
    })
    .openapi(createModule, async (c) => {
      const ente = await requireEnte(c, c.req.valid('param').ente);
      const staff = requireStaff(c, ente.id);
      const body = c.req.valid('json');
      let start: Module;
      if (body.template) {
        const template = getLibraryModule(body.template);
        if (!template) {
          throw new ApiError(
            'template_not_found',
            `Il modello "${body.template}" non è nella libreria dei moduli.`,
            `Template "${body.template}" is not in the form library.`,
          );
        }
        start = { ...template, id: body.id ?? template.id, version: '1.0.0' };
      } else {
        if (!body.id || !body.title) {
          throw new ApiError(
            'invalid_request',
            'Per un modulo vuoto indica id e titolo (oppure un modello della libreria).',
            'A blank module needs an id and a title (or give a library template).',
          );
        }
        // Names and contacts come from the directory when the ids are bound just below.
        const placeholder = { id: body.office, name: { it: body.office } };
        const person = (id: string) => ({ id, name: id, role: { it: id } });
        start = blankModule(body.id, body.title, {
          office: placeholder,
          responsible: person(body.responsible),
          substitute: person(body.substitute),
        });
      }
      const module = parsed(withPeople(start, ente, body));
      const existing =
        (await c.var.store.modules.getDraft(ente.id, module.id)) ??
        (await c.var.store.modules.current(ente.id, module.id));
      if (existing) {
        throw new ApiError(
          'module_exists',
          `L'ente ha già un modulo "${module.id}": modificane la bozza o scegli un altro id.`,
          `The ente already has a module "${module.id}".`,
        );
      }
      const at = c.var.now.toISOString();
      const draft: ModuleDraft = {
        enteId: ente.id,
        moduleId: module.id,
        module,
        createdAt: at,
        updatedAt: at,
        updatedBy: staff.staffId,
      };
      await c.var.store.modules.putDraft(draft);
      await c.var.store.audit.append({
        at,
        enteId: ente.id,
        actor: `staff:${staff.staffId}`,
        action: 'module.created',
        subject: module.id,
        data: { ...(body.template ? { template: body.template } : {}), version: module.version },
      });
      return c.json(draftBody(draft), 201);
    })
    .openapi(getDraft, async (c) => {
      const { ente: enteId, moduleId } = c.req.valid('param');
      const ente = await requireEnte(c, enteId);
      requireStaff(c, ente.id);
      return c.json(draftBody(await requireDraft(c, ente.id, moduleId)), 200);
    })
    .openapi(putDraft, async (c) => {
      const { ente: enteId, moduleId } = c.req.valid('param');
      const ente = await requireEnte(c, enteId);
      const staff = requireStaff(c, ente.id);
      const module = parsed(c.req.valid('json'));
      if (module.id !== moduleId) {
        throw new ApiError(
          'module_id_mismatch',
          `Il documento è del modulo "${module.id}", non di "${moduleId}".`,
          `The document is module "${module.id}", not "${moduleId}".`,
          { path: '/id' },
        );
      }
      const previous = await c.var.store.modules.getDraft(ente.id, moduleId);
      const current = previous ? undefined : await c.var.store.modules.current(ente.id, moduleId);
      if (!previous && !current) throw moduleNotFound(moduleId);
      const at = c.var.now.toISOString();
      const draft: ModuleDraft = {
        enteId: ente.id,
        moduleId,
        module,
        ...(previous?.basedOn || current ? { basedOn: previous?.basedOn ?? current!.version } : {}),
        createdAt: previous?.createdAt ?? at,
        updatedAt: at,
        updatedBy: staff.staffId,
      };
      await c.var.store.modules.putDraft(draft);
      return c.json(draftBody(draft), 200);
    })
    .openapi(startDraft, async (c) => {
      const { ente: enteId, moduleId } = c.req.valid('param');
      const ente = await requireEnte(c, enteId);
      const staff = requireStaff(c, ente.id);
      if (await c.var.store.modules.getDraft(ente.id, moduleId)) {
        throw new ApiError(
          'draft_exists',
          `Il modulo "${moduleId}" ha già una bozza: modificala o scartala.`,
          `Module "${moduleId}" already has a draft.`,
        );
      }
      const current = await c.var.store.modules.current(ente.id, moduleId);
      if (!current) throw moduleNotFound(moduleId);
      const at = c.var.now.toISOString();
      const draft: ModuleDraft = {
        enteId: ente.id,
        moduleId,
        module: { ...current.module, version: nextPatch(current.version) },
        basedOn: current.version,
        createdAt: at,
        updatedAt: at,
        updatedBy: staff.staffId,
      };
      await c.var.store.modules.putDraft(draft);
      return c.json(draftBody(draft), 201);
    })
    .openapi(deleteDraft, async (c) => {
      const { ente: enteId, moduleId } = c.req.valid('param');
      const ente = await requireEnte(c, enteId);
      requireStaff(c, ente.id);
      if (!(await c.var.store.modules.deleteDraft(ente.id, moduleId)))
        await requireDraft(c, ente.id, moduleId);
      return c.body(null, 204);
    })
    .openapi(publish, async (c) => {
      const { ente: enteId, moduleId } = c.req.valid('param');
      const ente = await requireEnte(c, enteId);
      const staff = requireStaff(c, ente.id);
      const published = await publishModule(c.var.store, ente, moduleId, staff.staffId, c.var.now);
      return c.json(versionBody(ente, published), 201);
    })
    .openapi(archive, async (c) => {
      const { ente: enteId, moduleId } = c.req.valid('param');
      const ente = await requireEnte(c, enteId);
      const staff = requireStaff(c, ente.id, ['admin']);
      const current = await c.var.store.modules.current(ente.id, moduleId);
      if (!current) throw moduleNotFound(moduleId);
      if (current.status === 'archived') {
        throw new ApiError(
          'module_archived',
          `Il modulo "${moduleId}" è già archiviato.`,
          `Module "${moduleId}" is already archived.`,
        );
      }
      await c.var.store.modules.archive(ente.id, moduleId);
      await c.var.store.audit.append({
        at: c.var.now.toISOString(),
        enteId: ente.id,
        actor: `staff:${staff.staffId}`,
        action: 'module.archived',
        subject: moduleId,
        data: { version: current.version },
      });
      return c.json({ moduleId, status: 'archived' as const }, 200);
    })
    .openapi(listVersions, async (c) => {
      const { ente: enteId, moduleId } = c.req.valid('param');
      const ente = await requireEnte(c, enteId);
      requireStaff(c, ente.id);
      const versions = await c.var.store.modules.versions(ente.id, moduleId);
      if (versions.length === 0) throw moduleNotFound(moduleId);
      return c.json({ versions: versions.map((v) => versionBody(ente, v)) }, 200);
    })
    .openapi(diffRoute, async (c) => {
      const { ente: enteId, moduleId } = c.req.valid('param');
      const { from, to } = c.req.valid('query');
      const ente = await requireEnte(c, enteId);
      requireStaff(c, ente.id);
      const load = async (which: string): Promise<Module> => {
        if (which === 'draft') return (await requireDraft(c, ente.id, moduleId)).module;
        const v = await c.var.store.modules.version(ente.id, moduleId, which);
        if (!v) {
          throw new ApiError(
            'version_not_found',
            `Il modulo "${moduleId}" non ha una versione ${which} pubblicata.`,
            `Module "${moduleId}" has no published version ${which}.`,
          );
        }
        return v.module;
      };
      const diff = diffModules(await load(from), await load(to));
      return c.json(
        { from, to, ...diff, changes: diff.changes as unknown as Record<string, unknown>[] },
        200,
      );
    });
}
