import { getLibraryModule } from '@modulo/form-library';
import type { Module } from '@modulo/form-model';
import { diffModules } from '@modulo/form-model';
import { ApiError } from '../errors';
import { blankModule } from '../modules/blankModule';
import { nextPatch } from '../modules/nextPatch';
import { publishModule } from '../modules/publishModule';
import { withPeople } from '../modules/withPeople';
import type { ModuleDraft } from '../storage/ModuleStore';
import { requireEnte } from './entesApi';
import { moduleNotFound, parsed, requireDraft } from './moduleAdminChecks';
import {
  archive,
  createModule,
  deleteDraft,
  diffRoute,
  getDraft,
  listModules,
  listVersions,
  publish,
  putDraft,
  startDraft,
} from './moduleAdminRoutes';
import { draftBody, versionBody } from './moduleBodies';
import { openApiApp } from './openApiApp';
import { requireStaff } from './requireStaff';

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
        c.get('store').modules.list(ente.id),
        c.get('store').modules.listDrafts(ente.id),
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
        (await c.get('store').modules.getDraft(ente.id, module.id)) ??
        (await c.get('store').modules.current(ente.id, module.id));
      if (existing) {
        throw new ApiError(
          'module_exists',
          `L'ente ha già un modulo "${module.id}": modificane la bozza o scegli un altro id.`,
          `The ente already has a module "${module.id}".`,
        );
      }
      const at = c.get('now').toISOString();
      const draft: ModuleDraft = {
        enteId: ente.id,
        moduleId: module.id,
        module,
        createdAt: at,
        updatedAt: at,
        updatedBy: staff.id,
      };
      await c.get('store').modules.putDraft(draft);
      await c.get('store').audit.append({
        at,
        enteId: ente.id,
        actor: `staff:${staff.id}`,
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
      const previous = await c.get('store').modules.getDraft(ente.id, moduleId);
      const current = previous ? undefined : await c.get('store').modules.current(ente.id, moduleId);
      if (!previous && !current) throw moduleNotFound(moduleId);
      const at = c.get('now').toISOString();
      const draft: ModuleDraft = {
        enteId: ente.id,
        moduleId,
        module,
        ...(previous?.basedOn || current ? { basedOn: previous?.basedOn ?? current!.version } : {}),
        createdAt: previous?.createdAt ?? at,
        updatedAt: at,
        updatedBy: staff.id,
      };
      await c.get('store').modules.putDraft(draft);
      return c.json(draftBody(draft), 200);
    })
    .openapi(startDraft, async (c) => {
      const { ente: enteId, moduleId } = c.req.valid('param');
      const ente = await requireEnte(c, enteId);
      const staff = requireStaff(c, ente.id);
      if (await c.get('store').modules.getDraft(ente.id, moduleId)) {
        throw new ApiError(
          'draft_exists',
          `Il modulo "${moduleId}" ha già una bozza: modificala o scartala.`,
          `Module "${moduleId}" already has a draft.`,
        );
      }
      const current = await c.get('store').modules.current(ente.id, moduleId);
      if (!current) throw moduleNotFound(moduleId);
      const at = c.get('now').toISOString();
      const draft: ModuleDraft = {
        enteId: ente.id,
        moduleId,
        module: { ...current.module, version: nextPatch(current.version) },
        basedOn: current.version,
        createdAt: at,
        updatedAt: at,
        updatedBy: staff.id,
      };
      await c.get('store').modules.putDraft(draft);
      return c.json(draftBody(draft), 201);
    })
    .openapi(deleteDraft, async (c) => {
      const { ente: enteId, moduleId } = c.req.valid('param');
      const ente = await requireEnte(c, enteId);
      requireStaff(c, ente.id);
      if (!(await c.get('store').modules.deleteDraft(ente.id, moduleId)))
        await requireDraft(c, ente.id, moduleId);
      return c.body(null, 204);
    })
    .openapi(publish, async (c) => {
      const { ente: enteId, moduleId } = c.req.valid('param');
      const ente = await requireEnte(c, enteId);
      const staff = requireStaff(c, ente.id);
      const published = await publishModule(c.get('store'), ente, moduleId, staff.id, c.get('now'));
      return c.json(versionBody(ente, published), 201);
    })
    .openapi(archive, async (c) => {
      const { ente: enteId, moduleId } = c.req.valid('param');
      const ente = await requireEnte(c, enteId);
      const staff = requireStaff(c, ente.id, ['admin']);
      const current = await c.get('store').modules.current(ente.id, moduleId);
      if (!current) throw moduleNotFound(moduleId);
      if (current.status === 'archived') {
        throw new ApiError(
          'module_archived',
          `Il modulo "${moduleId}" è già archiviato.`,
          `Module "${moduleId}" is already archived.`,
        );
      }
      await c.get('store').modules.archive(ente.id, moduleId);
      await c.get('store').audit.append({
        at: c.get('now').toISOString(),
        enteId: ente.id,
        actor: `staff:${staff.id}`,
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
      const versions = await c.get('store').modules.versions(ente.id, moduleId);
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
        const v = await c.get('store').modules.version(ente.id, moduleId, which);
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
