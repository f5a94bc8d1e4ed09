import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { carryAnswers } from '@modulo/form-model';
import type { Module } from '@modulo/form-model';
import { citizenKey } from '../auth/identity';
import { citizenOf } from '../auth/requireCitizen';
import type { Env } from '../env';
import { ApiError } from '../errors';
import { draftExpiresAt } from '../drafts/draftRetention';
import type { PublishedModule } from '../storage/ModuleStore';
import { requireEnte } from './entesApi';
import { openApiApp } from './openApiApp';
import { EnteParam, errors } from './schemas';

const ModuleParams = EnteParam.extend({
  moduleId: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .openapi({ param: { name: 'moduleId', in: 'path' }, example: 'iscrizione-mensa-scolastica' }),
});

const DroppedSchema = z
  .object({
    path: z.string(),
    code: z.string(),
    message: z.string(),
    messageEn: z.string(),
    value: z.unknown(),
  })
  .openapi('DroppedAnswer');

const CitizenDraftSchema = z
  .object({
    moduleId: z.string(),
    version: z.string().openapi({ description: 'The module version the answers fit' }),
    answers: z.record(z.string(), z.unknown()),
    step: z.string().optional().openapi({
      description: 'The step it was saved on, where resuming opens (absent when that step is gone)',
    }),
    updatedAt: z.string(),
    expiresAt: z.string().openapi({ description: 'Kept at least one year from the last save' }),
    carried: z
      .object({ from: z.string(), to: z.string(), dropped: z.array(DroppedSchema) })
      .optional()
      .openapi({
        description:
          'Present when the draft was saved against an older version: what was dropped (answers, and ' +
          'the step it was saved on when the new version has no such step: code `step_removed`)',
      }),
  })
  .openapi('CitizenDraft');

const PutDraftSchema = z
  .object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    answers: z.record(z.string(), z.unknown()),
    step: z
      .string()
      .max(200)
      .optional()
      .openapi({ description: 'The id of the step the citizen saved on (a step of the current version)' }),
  })
  .openapi('SaveDraft');

const tags = ['Drafts (citizen)'];

const getRoute = createRoute({
  method: 'get',
  path: '/{ente}/modules/{moduleId}/draft',
  tags,
  summary: "The citizen's saved draft, carried to the current version (with what was dropped)",
  request: { params: ModuleParams },
  responses: {
    200: { description: 'The draft', content: { 'application/json': { schema: CitizenDraftSchema } } },
    ...errors(401, 404, 409),
  },
});

const putRoute = createRoute({
  method: 'put',
  path: '/{ente}/modules/{moduleId}/draft',
  tags,
  summary: 'Save a partial submission against the current published version',
  request: {
    params: ModuleParams,
    body: { content: { 'application/json': { schema: PutDraftSchema } }, required: true },
  },
  responses: {
    200: { description: 'Saved', content: { 'application/json': { schema: CitizenDraftSchema } } },
    ...errors(400, 401, 404, 409, 413),
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/{ente}/modules/{moduleId}/draft',
  tags,
  summary: 'Discard the draft',
  request: { params: ModuleParams },
  responses: { 204: { description: 'Discarded' }, ...errors(401, 404) },
});

async function openModule(c: Context<Env>, enteId: string, moduleId: string): Promise<PublishedModule> {
  const current = await c.get('store').modules.current(enteId, moduleId);
  if (!current)
    throw new ApiError(
      'module_not_found',
      `Modulo "${moduleId}" non trovato.`,
      `Module "${moduleId}" not found.`,
    );
  if (current.status === 'archived') {
    throw new ApiError(
      'module_archived',
      `Il modulo "${moduleId}" è archiviato: la bozza non può più essere presentata.`,
      `Module "${moduleId}" is archived: its drafts can no longer be filed.`,
    );
  }
  return current;
}

/** What was dropped when the step a draft was saved on is not in the current version. */
function stepRemoved(from: Module, stepId: string) {
  const title = from.steps.find((s) => s.id === stepId)?.title;
  const it = title?.it ?? stepId;
  const en = title?.en ?? it;
  return {
    path: '',
    code: 'step_removed',
    message: `Il passo «${it}», dove avevi salvato la bozza, non c’è più: riprendi dal primo da completare.`,
    messageEn: `The step “${en}”, where you saved the draft, is gone: you resume at the first one to complete.`,
    value: stepId,
  };
}

const draftNotFound = (moduleId: string) =>
  new ApiError(
    'draft_not_found',
    `Non hai bozze salvate per il modulo "${moduleId}".`,
    `No saved draft for module "${moduleId}".`,
  );

/**
 * `/api/entes/{ente}/modules/{moduleId}/draft`: a logged-in citizen saves a partial submission
 * and resumes it. Each draft records the version it was saved against; reading a draft of an
 * older version carries its answers to the current one with `carryAnswers` and lists what was
 * dropped, so the citizen is told before saving again.
 */
export function citizenDraftsApi() {
  return openApiApp()
    .openapi(getRoute, async (c) => {
      const { ente: enteId, moduleId } = c.req.valid('param');
      const citizen = citizenOf(c);
      const ente = await requireEnte(c, enteId);
      const current = await openModule(c, ente.id, moduleId);
      const draft = await c.get('store').drafts.get(ente.id, moduleId, citizenKey(citizen));
      if (!draft) throw draftNotFound(moduleId);
      const base = { moduleId, updatedAt: draft.updatedAt, expiresAt: draftExpiresAt(draft.updatedAt) };
      const step = draft.step === undefined ? {} : { step: draft.step };
      if (draft.version === current.version) {
        return c.json({ ...base, version: draft.version, answers: draft.answers, ...step }, 200);
      }
      const from = await c.get('store').modules.version(ente.id, moduleId, draft.version);
      // A draft's version was published when it was saved, and versions are never deleted.
      if (!from) throw new Error(`draft of ${ente.id}/${moduleId} names unknown version ${draft.version}`);
      const carried = carryAnswers(draft.answers, from.module, current.module);
      const gone = draft.step !== undefined && !current.module.steps.some((s) => s.id === draft.step);
      const dropped = gone ? [...carried.dropped, stepRemoved(from.module, draft.step!)] : carried.dropped;
      return c.json(
        {
          ...base,
          version: current.version,
          answers: carried.answers,
          ...(gone ? {} : step),
          carried: { from: draft.version, to: current.version, dropped },
        },
        200,
      );
    })
    .openapi(putRoute, async (c) => {
      const { ente: enteId, moduleId } = c.req.valid('param');
      const citizen = citizenOf(c);
      const ente = await requireEnte(c, enteId);
      const current = await openModule(c, ente.id, moduleId);
      const { version, answers, step } = c.req.valid('json');
      if (version !== current.version) {
        throw new ApiError(
          'version_not_current',
          `Il modulo è stato aggiornato alla versione ${current.version}: ricarica la bozza per riprenderla sulla versione nuova.`,
          `The module is now at version ${current.version}; reload the draft to carry it over.`,
          { details: { current: current.version } },
        );
      }
      if (step !== undefined && !current.module.steps.some((s) => s.id === step))
        throw new ApiError(
          'unknown_step',
          `Il modulo non ha un passo "${step}".`,
          `The module has no step "${step}".`,
          { path: '/step' },
        );
      const updatedAt = c.get('now').toISOString();
      const kept = step === undefined ? {} : { step };
      await c.get('store').drafts.put({
        enteId: ente.id,
        moduleId,
        version,
        owner: citizenKey(citizen),
        answers,
        ...kept,
        updatedAt,
      });
      return c.json(
        { moduleId, version, answers, ...kept, updatedAt, expiresAt: draftExpiresAt(updatedAt) },
        200,
      );
    })
    .openapi(deleteRoute, async (c) => {
      const { ente: enteId, moduleId } = c.req.valid('param');
      const citizen = citizenOf(c);
      const ente = await requireEnte(c, enteId);
      if (!(await c.get('store').drafts.delete(ente.id, moduleId, citizenKey(citizen))))
        throw draftNotFound(moduleId);
      return c.body(null, 204);
    });
}
