import { describe, expect, it } from 'vitest';
import { getLibraryModule } from '@modulo/form-library';
import type { Module } from '@modulo/form-model';
import { purgeDrafts } from '../drafts/purgeDrafts';
import { libraryEnte } from '../testing/libraryEnte';
import { testApp, testCitizen } from '../testing/testApp';

const t = testApp(new Date('2026-12-02T10:00:00Z'));
const ente = libraryEnte();
await t.store.entes.put(ente);
const segnalazione = getLibraryModule('segnalazione-disservizio')!;
await t.store.modules.publish(ente.id, segnalazione, new Date('2026-11-01T09:00:00Z'));

const anna = { citizen: testCitizen('RSSNNA80A41H501X', { givenName: 'Anna' }) };
const bruno = { citizen: testCitizen('BRNBRN75C12F205Z', { givenName: 'Bruno' }) };
const path = `/api/entes/${ente.id}/modules/${segnalazione.id}/draft`;
type DraftBody = {
  version: string;
  answers: Record<string, unknown>;
  updatedAt: string;
  expiresAt: string;
  carried?: {
    from: string;
    to: string;
    dropped: { path: string; code: string; message: string; messageEn: string }[];
  };
};
const err = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string } }).error;

/** The first top-level text-like field of the module, to have an answer that version 2 drops. */
const firstField = segnalazione.steps[0]!.fields.find(
  (f) => f.kind === 'short-text' || f.kind === 'long-text',
)!;

describe('citizen drafts', () => {
  it('needs a login, and refuses an unknown module or an archived one', async () => {
    const anon = await t.json('GET', path);
    expect(anon.status).toBe(401);
    expect((await err(anon)).code).toBe('unauthenticated');
    const unknown = await t.json('GET', `/api/entes/${ente.id}/modules/non-esiste/draft`, undefined, anna);
    expect((await err(unknown)).code).toBe('module_not_found');
    const none = await t.json('GET', path, undefined, anna);
    expect(none.status).toBe(404);
    expect((await err(none)).code).toBe('draft_not_found');
  });

  it('saves, resumes and discards a draft, each citizen only their own', async () => {
    const answers = { [firstField.id]: 'Lampione spento in via Roma' };
    const put = await t.json('PUT', path, { version: segnalazione.version, answers }, anna);
    expect(put.status).toBe(200);
    const saved = (await put.json()) as DraftBody;
    expect(saved).toMatchObject({
      version: segnalazione.version,
      answers,
      updatedAt: '2026-12-02T10:00:00.000Z',
    });
    expect(saved.expiresAt).toBe('2027-12-02T10:00:00.000Z');
    const again = (await (await t.json('GET', path, undefined, anna)).json()) as DraftBody;
    expect(again.answers).toEqual(answers);
    expect(again.carried).toBeUndefined();
    // Bruno sees no draft of Anna's.
    expect((await t.json('GET', path, undefined, bruno)).status).toBe(404);
    expect((await t.json('DELETE', path, undefined, bruno)).status).toBe(404);
  });

  it('keeps the step the draft was saved on, and says so when a new version has no such step', async () => {
    const atti = getLibraryModule('accesso-atti')!;
    await t.store.modules.publish(ente.id, atti, new Date('2026-11-01T09:00:00Z'));
    const at = `/api/entes/${ente.id}/modules/${atti.id}/draft`;
    const unknown = await t.json('PUT', at, { version: atti.version, answers: {}, step: 'nessuno' }, anna);
    expect(unknown.status).toBe(400);
    expect(await err(unknown)).toMatchObject({ code: 'unknown_step', path: '/step' });
    const put = await t.json('PUT', at, { version: atti.version, answers: {}, step: 'allegati' }, anna);
    expect(((await put.json()) as { step?: string }).step).toBe('allegati');
    const read = async () =>
      (await (await t.json('GET', at, undefined, anna)).json()) as DraftBody & { step?: string };
    expect((await read()).step).toBe('allegati');
    // 1.1.0 keeps the step: the draft opens there, nothing dropped.
    await t.store.modules.publish(ente.id, { ...atti, version: '1.1.0' }, new Date('2026-11-02T09:00:00Z'));
    expect(await read()).toMatchObject({ version: '1.1.0', step: 'allegati', carried: { dropped: [] } });
    // 2.0.0 has no "allegati" step: no step, and what was dropped says which one went.
    const v2: Module = { ...atti, version: '2.0.0', steps: atti.steps.filter((s) => s.id !== 'allegati') };
    await t.store.modules.publish(ente.id, v2, new Date('2026-11-03T09:00:00Z'));
    const carried = await read();
    expect(carried.version).toBe('2.0.0');
    expect(carried).not.toHaveProperty('step');
    const title = atti.steps.find((s) => s.id === 'allegati')!.title.it;
    expect(carried.carried!.dropped).toContainEqual(
      expect.objectContaining({
        code: 'step_removed',
        value: 'allegati',
        message: expect.stringContaining(title),
      }),
    );
    expect((await t.json('DELETE', at, undefined, anna)).status).toBe(204);
  });

  it('refuses a malformed body, a stale version and an oversize body, storing nothing', async () => {
    const bad = await t.json('PUT', path, { version: segnalazione.version, answers: 'tutto' }, bruno);
    expect(bad.status).toBe(400);
    expect((await err(bad)).code).toBe('invalid_request');
    const stale = await t.json('PUT', path, { version: '0.9.0', answers: {} }, bruno);
    expect(stale.status).toBe(409);
    expect((await err(stale)).code).toBe('version_not_current');
    const huge = await t.json(
      'PUT',
      path,
      { version: segnalazione.version, answers: { x: 'a'.repeat(2_000_000) } },
      bruno,
    );
    expect(huge.status).toBe(413);
    expect((await err(huge)).code).toBe('payload_too_large');
    expect((await t.json('GET', path, undefined, bruno)).status).toBe(404);
  });

  it('carries a draft of an older version to the current one and says what was dropped', async () => {
    // Version 2 removes the field Anna answered.
    const v2: Module = {
      ...segnalazione,
      version: '2.0.0',
      steps: segnalazione.steps.map((s) => ({
        ...s,
        fields: s.fields.filter((f) => f.id !== firstField.id),
      })),
    };
    await t.store.modules.publish(ente.id, v2, new Date('2026-12-05T09:00:00Z'));
    const res = await t.json('GET', path, undefined, anna);
    expect(res.status).toBe(200);
    const d = (await res.json()) as DraftBody;
    expect(d.version).toBe('2.0.0');
    expect(d.answers).toEqual({});
    expect(d.carried).toMatchObject({ from: segnalazione.version, to: '2.0.0' });
    expect(d.carried!.dropped).toEqual([
      expect.objectContaining({ path: `/${firstField.id}`, code: 'field_removed' }),
    ]);
    expect(d.carried!.dropped[0]!.message).toMatch(/\S/);
    // Saving it again against the old version is refused; against the current one it is kept.
    expect(
      (await t.json('PUT', path, { version: segnalazione.version, answers: d.answers }, anna)).status,
    ).toBe(409);
    expect((await t.json('PUT', path, { version: '2.0.0', answers: d.answers }, anna)).status).toBe(200);
  });

  it('purges drafts a full year after their last save, with an audit event each', async () => {
    t.clock.now = new Date('2027-03-01T08:00:00Z');
    await t.json('PUT', path, { version: '2.0.0', answers: {} }, bruno);
    // Anna last saved on 2 December 2026: kept until 2 December 2027.
    expect(await purgeDrafts(t.store, new Date('2027-12-02T09:59:59Z'))).toBe(0);
    expect(await purgeDrafts(t.store, new Date('2027-12-02T10:00:00Z'))).toBe(1);
    expect((await t.json('GET', path, undefined, anna)).status).toBe(404);
    expect((await t.json('GET', path, undefined, bruno)).status).toBe(200);
    const audit = await t.store.audit.list(ente.id, { action: 'draft.purged' });
    expect(audit).toEqual([
      expect.objectContaining({
        actor: 'system',
        subject: segnalazione.id,
        at: '2027-12-02T10:00:00.000Z',
        data: { owner: 'citizen:RSSNNA80A41H501X', version: '2.0.0', savedAt: '2026-12-02T10:00:00.000Z' },
      }),
    ]);
  });

  it('refuses drafts of an archived module', async () => {
    await t.store.modules.archive(ente.id, segnalazione.id);
    const res = await t.json('GET', path, undefined, bruno);
    expect(res.status).toBe(409);
    expect((await err(res)).code).toBe('module_archived');
  });
});
