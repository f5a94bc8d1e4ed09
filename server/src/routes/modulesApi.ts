import { Hono } from 'hono';
import type { Module } from '@modulo/form-model';
import { moduleTypes } from '@modulo/form-library';
import { compile, localize, sampleSubmission, validateSubmission } from '@modulo/form-model';
import { ApiError } from '../errors';
import { readJsonBody } from './readJsonBody';

/** What the catalogue needs: the published modules. */
export interface ModuleSource {
  list(): readonly Module[];
  get(id: string): Module | undefined;
}

function summary(m: Module) {
  return {
    id: m.id,
    version: m.version,
    title: localize(m.title),
    description: m.description ? localize(m.description) : localize(m.procedure.description),
    office: localize(m.procedure.office.name),
    responsible: m.procedure.responsible.name,
    termDays: m.procedure.termDays,
    silenzioAssenso: m.procedure.silenzioAssenso,
    loginLevel: m.procedure.loginLevel,
  };
}

/** Read-only module catalogue: list, module document, compiled schema, types, sample, submission check. */
export function modulesApi(source: ModuleSource) {
  const find = (id: string): Module => {
    const m = source.get(id);
    if (!m) {
      throw new ApiError('module_not_found', `Modulo "${id}" non trovato.`, `Module "${id}" not found.`);
    }
    return m;
  };
  return new Hono()
    .get('/', (c) => c.json({ modules: source.list().map(summary) }))
    .get('/:id', (c) => c.json(find(c.req.param('id'))))
    .get('/:id/schema', (c) => {
      const lang = c.req.query('lang') ?? 'it';
      return c.json(compile(find(c.req.param('id')), { lang }));
    })
    .get('/:id/sample', (c) => c.json(sampleSubmission(find(c.req.param('id')))))
    .get('/:id/types', async (c) => {
      c.header('content-type', 'text/plain; charset=utf-8');
      return c.body(await moduleTypes(find(c.req.param('id'))));
    })
    .post('/:id/validate', async (c) => {
      const m = find(c.req.param('id'));
      const data = await readJsonBody(c);
      const errors = validateSubmission(m, data);
      return c.json({ valid: errors.length === 0, errors }, errors.length === 0 ? 200 : 422);
    });
}
