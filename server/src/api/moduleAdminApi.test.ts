import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { getLibraryModule, librarySample } from '@modulo/form-library';
import type { Module } from '@modulo/form-model';
import { libraryEnte, staffOf } from '../testing/libraryEnte';
import { testApp } from '../testing/testApp';

const t = testApp();
const ente = libraryEnte();
const other = libraryEnte('altrove', 'AOO_ALT');
await t.store.entes.put(ente);
await t.store.entes.put(other);
const designer = { staff: staffOf(ente, 'dino-designer') };
const admin = { staff: staffOf(ente, 'ada-admin') };
const operator = { staff: staffOf(ente, 'otto-operatore') };
const stranger = { staff: staffOf(other, 'ada-admin') };
const mensa = getLibraryModule('iscrizione-mensa-scolastica')!;
const p = mensa.procedure;
const base = '/api/entes/valdemo/admin/modules';
const people = { office: p.office.id, responsible: p.responsible.id, substitute: p.substitute.id };

type ErrorBody = {
  error: { code: string; message: string; messageEn: string; path?: string; details?: unknown };
};
type DraftBody = {
  moduleId: string;
  version: string;
  basedOn?: string;
  module: Module;
  lint: { severity: string }[];
};
const err = async (res: Response) => ((await res.json()) as ErrorBody).error;
const draftOf = async (res: Response) => (await res.json()) as DraftBody;

describe('module lifecycle (staff)', { timeout: 30_000 }, () => {
  it('lets only designers and admins of the ente in', async () => {
    const cases: [object, number, string][] = [
      [{}, 401, 'unauthenticated'],
      [stranger, 403, 'forbidden'],
      [operator, 403, 'forbidden'],
    ];
    for (const [as, status, code] of cases) {
      const res = await t.json('GET', base, undefined, as);
      expect(res.status).toBe(status);
      const e = await err(res);
      expect(e.code).toBe(code);
      expect(e.message).toMatch(/\S/);
      expect(e.messageEn).toMatch(/\S/);
    }
    expect((await t.json('GET', base, undefined, designer)).status).toBe(200);
  });

  it('creates a draft from a library template, bound to the directory', async () => {
    const res = await t.json('POST', base, { template: mensa.id, ...people }, designer);
    expect(res.status).toBe(201);
    const d = await draftOf(res);
    expect(d).toMatchObject({ moduleId: mensa.id, version: '1.0.0' });
    expect(d.module.procedure.office.ipa).toEqual({ ente: ente.ipaCode, aoo: 'AOO_VDM' });
    expect(d.module.procedure.responsible.name).toBe(p.responsible.name);
    expect(Array.isArray(d.lint)).toBe(true);
    const again = await t.json('POST', base, { template: mensa.id, ...people }, designer);
    expect(again.status).toBe(409);
    expect((await err(again)).code).toBe('module_exists');
  });

  it('refuses a template, office or person that does not exist, with the place of each', async () => {
    const unknownTemplate = await t.json('POST', base, { template: 'non-esiste', ...people }, designer);
    expect(unknownTemplate.status).toBe(404);
    expect((await err(unknownTemplate)).code).toBe('template_not_found');
    const res = await t.json(
      'POST',
      base,
      {
        template: 'accesso-atti',
        office: 'ufficio-fantasma',
        responsible: 'nessuno',
        substitute: p.substitute.id,
      },
      designer,
    );
    expect(res.status).toBe(422);
    const e = await err(res);
    expect(e.code).toBe('not_in_directory');
    expect((e.details as { code: string; path: string }[]).map((d) => [d.code, d.path])).toEqual([
      ['office_not_in_directory', '/procedure/office'],
      ['official_not_in_directory', '/procedure/responsible'],
    ]);
    const blank = await t.json(
      'POST',
      base,
      { office: p.office.id, responsible: p.responsible.id, substitute: p.substitute.id },
      designer,
    );
    expect(blank.status).toBe(400);
    expect((await err(blank)).code).toBe('invalid_request');
  });

  it('stores a draft only through parseModule', async () => {
    const d = await draftOf(await t.json('GET', `${base}/${mensa.id}/draft`, undefined, designer));
    const bad = await t.json('PUT', `${base}/${mensa.id}/draft`, { ...d.module, title: 42 }, designer);
    expect(bad.status).toBe(422);
    const e = await err(bad);
    expect(e.code).toBe('invalid_module');
    expect(e.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: '/title' })]));
    const wrongId = await t.json(
      'PUT',
      `${base}/${mensa.id}/draft`,
      { ...d.module, id: 'altro-modulo' },
      designer,
    );
    expect(wrongId.status).toBe(422);
    expect((await err(wrongId)).code).toBe('module_id_mismatch');
    const notJson = await t.request(
      `${base}/${mensa.id}/draft`,
      { method: 'PUT', body: '{"id": ', headers: { 'content-type': 'application/json' } },
      designer,
    );
    expect(notJson.status).toBe(400);
    const unchanged = await draftOf(await t.json('GET', `${base}/${mensa.id}/draft`, undefined, designer));
    expect(unchanged.module).toEqual(d.module);
  });

  it('refuses to publish with lint errors, listing them', async () => {
    const d = await draftOf(await t.json('GET', `${base}/${mensa.id}/draft`, undefined, designer));
    const broken = {
      ...d.module,
      procedure: { ...d.module.procedure, substitute: { ...d.module.procedure.responsible } },
    };
    expect((await t.json('PUT', `${base}/${mensa.id}/draft`, broken, designer)).status).toBe(200);
    const res = await t.json('POST', `${base}/${mensa.id}/publish`, undefined, designer);
    expect(res.status).toBe(422);
    const e = await err(res);
    expect(e.code).toBe('lint_errors');
    expect(e.details).toEqual([
      expect.objectContaining({ code: 'substitute_is_responsible', path: '/procedure/substitute' }),
    ]);
    expect((await t.request(`/api/entes/valdemo/modules/${mensa.id}`)).status).toBe(404);
    expect((await t.json('PUT', `${base}/${mensa.id}/draft`, d.module, designer)).status).toBe(200);
  });

  it('publishes: the version is public with its validator, and records who published it', async () => {
    const res = await t.json('POST', `${base}/${mensa.id}/publish`, undefined, designer);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      version: '1.0.0',
      status: 'published',
      publishedAt: t.clock.now.toISOString(),
      publishedBy: { id: 'dino-designer', name: 'Dino Designer' },
      validatorUrl: `/api/entes/valdemo/modules/${mensa.id}/versions/1.0.0/validator.js`,
    });
    const pub = (await (await t.request(`/api/entes/valdemo/modules/${mensa.id}`)).json()) as {
      version: string;
    };
    expect(pub.version).toBe('1.0.0');
    const validator = await t.request(`/api/entes/valdemo/modules/${mensa.id}/versions/1.0.0/validator.js`);
    const { default: validate } = (await import(
      `data:text/javascript;base64,${Buffer.from(await validator.text()).toString('base64')}`
    )) as { default: (d: unknown) => boolean };
    expect(validate(librarySample(mensa.id))).toBe(true);
    // The draft is gone; publishing again needs a new draft.
    const again = await t.json('POST', `${base}/${mensa.id}/publish`, undefined, designer);
    expect(again.status).toBe(404);
    expect((await err(again)).code).toBe('draft_not_found');
  });

  it('keeps a published version immutable, even to SQL', async () => {
    const db = new Database(t.file);
    expect(() =>
      db.prepare("UPDATE module_versions SET document = '{}' WHERE module_id = ?").run(mensa.id),
    ).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM module_versions WHERE module_id = ?').run(mensa.id)).toThrow(
      /never deleted/,
    );
    db.close();
  });

  it('opens a new draft beside the published version and requires a greater version', async () => {
    t.clock.now = new Date('2026-12-03T09:00:00Z');
    const started = await t.json('POST', `${base}/${mensa.id}/draft`, undefined, designer);
    expect(started.status).toBe(201);
    const d = await draftOf(started);
    expect(d).toMatchObject({ version: '1.0.1', basedOn: '1.0.0' });
    expect((await t.json('POST', `${base}/${mensa.id}/draft`, undefined, designer)).status).toBe(409);
    // The public version is still 1.0.0 while the draft is edited.
    const same = await t.json(
      'PUT',
      `${base}/${mensa.id}/draft`,
      { ...d.module, version: '1.0.0' },
      designer,
    );
    expect(same.status).toBe(200);
    const refused = await t.json('POST', `${base}/${mensa.id}/publish`, undefined, designer);
    expect(refused.status).toBe(409);
    expect(await err(refused)).toMatchObject({
      code: 'version_not_greater',
      details: { lastPublished: '1.0.0' },
    });
    const next = {
      ...d.module,
      version: '1.1.0',
      title: { ...d.module.title, it: 'Iscrizione alla mensa (nuova)' },
    };
    expect((await t.json('PUT', `${base}/${mensa.id}/draft`, next, admin)).status).toBe(200);
    const diff = await t.json('GET', `${base}/${mensa.id}/diff?from=1.0.0&to=draft`, undefined, designer);
    expect(diff.status).toBe(200);
    const changes = (await diff.json()) as { changes: { kind: string }[]; bump: string };
    expect(changes.changes.map((c) => c.kind)).toContain('module-text-changed');
    expect((await t.json('POST', `${base}/${mensa.id}/publish`, undefined, admin)).status).toBe(201);
    const versions = (await (
      await t.json('GET', `${base}/${mensa.id}/versions`, undefined, designer)
    ).json()) as {
      versions: { version: string; publishedAt: string; publishedBy: { id: string } }[];
    };
    expect(versions.versions.map((v) => [v.version, v.publishedAt, v.publishedBy.id])).toEqual([
      ['1.0.0', '2026-12-02T10:00:00.000Z', 'dino-designer'],
      ['1.1.0', '2026-12-03T09:00:00.000Z', 'ada-admin'],
    ]);
    const pinnedOld = await t.request(`/api/entes/valdemo/modules/${mensa.id}/versions/1.0.0`);
    expect(pinnedOld.status).toBe(200);
    const badDiff = await t.json('GET', `${base}/${mensa.id}/diff?from=1.0.0&to=9.0.0`, undefined, designer);
    expect((await err(badDiff)).code).toBe('version_not_found');
  });

  it('archives (admins only): no new filings, versions stay', async () => {
    const byDesigner = await t.json('POST', `${base}/${mensa.id}/archive`, undefined, designer);
    expect(byDesigner.status).toBe(403);
    expect((await t.json('POST', `${base}/${mensa.id}/archive`, undefined, admin)).status).toBe(200);
    const current = await t.request(`/api/entes/valdemo/modules/${mensa.id}`);
    expect(current.status).toBe(409);
    expect((await err(current)).code).toBe('module_archived');
    expect((await t.request(`/api/entes/valdemo/modules/${mensa.id}/versions/1.1.0`)).status).toBe(200);
    const twice = await t.json('POST', `${base}/${mensa.id}/archive`, undefined, admin);
    expect((await err(twice)).code).toBe('module_archived');
    const list = (await (await t.json('GET', base, undefined, designer)).json()) as {
      modules: { moduleId: string; status: string }[];
    };
    expect(list.modules).toEqual([expect.objectContaining({ moduleId: mensa.id, status: 'archived' })]);
    const audit = await t.store.audit.list('valdemo', { subject: mensa.id });
    expect(audit.map((a) => [a.action, a.actor])).toEqual([
      ['module.created', 'staff:dino-designer'],
      ['module.published', 'staff:dino-designer'],
      ['module.published', 'staff:ada-admin'],
      ['module.archived', 'staff:ada-admin'],
    ]);
  });

  it('creates a blank module that names its people from the directory', async () => {
    const res = await t.json(
      'POST',
      base,
      { id: 'nuovo-servizio', title: 'Nuovo servizio', ...people },
      designer,
    );
    expect(res.status).toBe(201);
    const d = await draftOf(res);
    expect(d.module.procedure.office.name.it).toBe(p.office.name.it);
    expect(d.module.procedure.substitute.name).toBe(p.substitute.name);
    // Another ente sees none of this.
    const theirs = (await (
      await t.json('GET', '/api/entes/altrove/admin/modules', undefined, stranger)
    ).json()) as {
      modules: unknown[];
    };
    expect(theirs.modules).toEqual([]);
  });
});
