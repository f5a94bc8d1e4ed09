import { describe, expect, it } from 'vitest';
import { citizensPraticheFilter, isCitizensPratica } from '../api/citizensPratica';
import { chainHash } from '../register/chainHash';
import { sha256Hex } from '../register/sha256Hex';
import type { Ente } from './EnteStore';
import type { FilingInput } from './PraticaStore';
import type { MakeStore, Store } from './Store';

/** A small ente for the suite: one office, one official. */
export function suiteEnte(id = 'borgo', aoo = 'AOO_BRG'): Ente {
  return {
    id,
    kind: 'comune',
    name: `Comune di ${id}`,
    ipaCode: `c_${id.slice(0, 4)}`,
    aoo: { code: aoo, name: `AOO ${id}`, register: 'Registro ufficiale' },
    members: [],
    patron: '06-24',
    embedOrigins: ['https://www.example.it'],
    offices: [{ id: 'urp', name: 'Ufficio Relazioni con il Pubblico', email: 'urp@example.it' }],
    staff: [
      {
        id: 'mario-rossi',
        name: 'Mario Rossi',
        title: 'Responsabile URP',
        roles: ['operator', 'responsible'],
        offices: ['urp'],
      },
    ],
  };
}

/** A filing for the suite; `document` is what the caller would have canonicalized. */
export function suiteFiling(over: Partial<FilingInput> = {}): FilingInput {
  const document = over.document ?? JSON.stringify({ answers: { a: 1 } });
  return {
    enteId: 'borgo',
    moduleId: 'segnalazione',
    moduleVersion: '1.0.0',
    submitter: 'citizen:RSSMRA80A01H501U',
    at: new Date('2026-03-02T09:00:00Z'),
    document,
    documentSha256: sha256Hex(document),
    attachments: [],
    assignment: {
      officeId: 'urp',
      officeName: 'URP',
      responsibleId: 'mario-rossi',
      responsibleName: 'Mario Rossi',
      responsibleTitle: 'Responsabile URP',
    },
    deadline: '2026-04-01',
    termDays: 30,
    fees: { fees: [], totalCents: 0 },
    subject: 'Segnalazione',
    ...over,
  };
}

async function withStore(make: MakeStore, run: (store: Store) => Promise<void>) {
  const store = await make();
  try {
    await run(store);
  } finally {
    await store.close();
  }
}

/** The contract of `Store`, run on every implementation (SQLite today, PostgreSQL later). */
export function storeSuite(name: string, make: MakeStore) {
  describe(`Store contract: ${name}`, () => {
    it('keeps an ente with its AOO and directory, and lists members of an Unione', () =>
      withStore(make, async (store) => {
        expect(await store.entes.get('borgo')).toBeUndefined();
        await store.entes.put({ ...suiteEnte('unione-x', 'AOO_UX'), kind: 'unione' });
        await store.entes.put({ ...suiteEnte(), unione: 'unione-x' });
        const borgo = await store.entes.get('borgo');
        expect(borgo).toEqual({ ...suiteEnte(), unione: 'unione-x' });
        expect((await store.entes.get('unione-x'))?.members).toEqual(['borgo']);
        // Replacing the directory drops what is no longer there.
        await store.entes.put({ ...suiteEnte(), unione: 'unione-x', staff: [] });
        expect((await store.entes.get('borgo'))?.staff).toEqual([]);
        expect((await store.entes.list()).map((e) => e.id).sort()).toEqual(['borgo', 'unione-x']);
      }));

    it('replaces only the embed origins of an ente, keeping its directory', () =>
      withStore(make, async (store) => {
        await store.entes.put(suiteEnte());
        expect(
          await store.entes.setEmbedOrigins('borgo', ['https://a.example.it', 'http://localhost:8080']),
        ).toBe(true);
        expect(await store.entes.get('borgo')).toEqual({
          ...suiteEnte(),
          embedOrigins: ['https://a.example.it', 'http://localhost:8080'],
        });
        expect((await store.entes.list())[0]?.embedOrigins).toEqual([
          'https://a.example.it',
          'http://localhost:8080',
        ]);
        expect(await store.entes.setEmbedOrigins('nessuno', [])).toBe(false);
        expect(await store.entes.get('nessuno')).toBeUndefined();
      }));

    it('files with gapless protocol numbers per AOO and year (Europe/Rome), restarting each year', () =>
      withStore(make, async (store) => {
        await store.entes.put(suiteEnte());
        await store.entes.put(suiteEnte('altro', 'AOO_ALT'));
        const file = (over: Partial<FilingInput>) => store.pratiche.file(suiteFiling(over));
        const results = await Promise.all([
          file({}),
          file({}),
          file({ enteId: 'altro' }),
          // 23:30 UTC on 31 December is already 1 January in Rome: a new year, number 1.
          file({ at: new Date('2026-12-31T23:30:00Z') }),
          file({ at: new Date('2026-12-31T22:30:00Z') }),
        ]);
        const numbers = results.map((r) =>
          r.ok ? [r.pratica.protocol.year, r.pratica.protocol.number] : r.code,
        );
        expect(numbers).toEqual([
          [2026, 1],
          [2026, 2],
          [2026, 1],
          [2027, 1],
          [2026, 3],
        ]);
        const first = results[0]!;
        if (!first.ok) throw new Error('not filed');
        expect(first.pratica.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
        expect(first.pratica.protocol.segnatura).toBe('c_borg AOO_BRG 0000001 del 02/03/2026');
        expect(await store.pratiche.get(first.pratica.code)).toEqual(first.pratica);
        expect(await store.pratiche.count('borgo')).toBe(4);
        expect(await store.pratiche.verifyChain()).toEqual({ ok: true, entries: 5 });
        const audit = await store.audit.list('borgo', { subject: first.pratica.code });
        expect(audit.map((e) => e.action)).toEqual(['pratica.filed']);
      }));

    it('chains each AOO register: every link hashes the previous one', () =>
      withStore(make, async (store) => {
        await store.entes.put(suiteEnte());
        const a = await store.pratiche.file(suiteFiling());
        const b = await store.pratiche.file(suiteFiling());
        if (!a.ok || !b.ok) throw new Error('not filed');
        expect(b.pratica.registerHash).not.toBe(a.pratica.registerHash);
        expect(b.pratica.registerHash).toMatch(/^[0-9a-f]{64}$/);
        expect(await store.pratiche.verifyChain({ upTo: a.pratica.code })).toEqual({ ok: true, entries: 1 });
        expect(chainHash(a.pratica.registerHash, 'x')).toMatch(/^[0-9a-f]{64}$/);
      }));

    it('answers a retry with the same idempotency key with the first pratica, and refuses a different body', () =>
      withStore(make, async (store) => {
        await store.entes.put(suiteEnte());
        const idempotency = { key: 'k-1', requestSha256: 'aa' };
        const [one, two] = await Promise.all([
          store.pratiche.file(suiteFiling({ idempotency })),
          store.pratiche.file(suiteFiling({ idempotency })),
        ]);
        if (!one?.ok || !two?.ok) throw new Error('not filed');
        expect(two.replayed).toBe(true);
        expect(two.pratica.code).toBe(one.pratica.code);
        expect(await store.pratiche.byIdempotencyKey('borgo', 'citizen:RSSMRA80A01H501U', 'k-1')).toEqual({
          requestSha256: 'aa',
          pratica: one.pratica,
        });
        const other = await store.pratiche.file(
          suiteFiling({ idempotency: { key: 'k-1', requestSha256: 'bb' } }),
        );
        expect(other).toEqual({ ok: false, code: 'idempotency_conflict' });
        // Another citizen may use the same key.
        const third = await store.pratiche.file(suiteFiling({ idempotency, submitter: 'citizen:X' }));
        expect(third.ok && third.pratica.protocol.number).toBe(2);
        expect(await store.pratiche.count()).toBe(2);
      }));

    it('refuses a missing, foreign, used or expired upload without consuming a number', () =>
      withStore(make, async (store) => {
        await store.entes.put(suiteEnte());
        const base = {
          enteId: 'borgo',
          owner: 'citizen:RSSMRA80A01H501U',
          name: 'a.pdf',
          mediaType: 'application/pdf',
          size: 4,
          sha256: sha256Hex('%PDF'),
          createdAt: '2026-03-02T08:00:00.000Z',
          expiresAt: '2026-03-03T08:00:00.000Z',
        };
        await store.uploads.create({ ...base, id: 'u1' }, new TextEncoder().encode('%PDF'));
        await store.uploads.create({ ...base, id: 'u2', owner: 'citizen:OTHER' }, new Uint8Array([1]));
        await store.uploads.create(
          { ...base, id: 'u3', expiresAt: '2026-03-02T08:30:00.000Z' },
          new Uint8Array([1]),
        );
        const att = (uploadId: string) => ({
          fieldId: 'f',
          uploadId,
          name: 'a.pdf',
          mediaType: 'application/pdf',
          size: 4,
          sha256: base.sha256,
        });
        expect(await store.pratiche.file(suiteFiling({ attachments: [att('nope')] }))).toMatchObject({
          ok: false,
          code: 'upload_not_found',
        });
        expect(await store.pratiche.file(suiteFiling({ attachments: [att('u2')] }))).toMatchObject({
          ok: false,
          code: 'upload_not_found',
        });
        expect(await store.pratiche.file(suiteFiling({ attachments: [att('u3')] }))).toMatchObject({
          ok: false,
          code: 'upload_expired',
        });
        const ok = await store.pratiche.file(suiteFiling({ attachments: [att('u1')] }));
        expect(ok.ok && ok.pratica.protocol.number).toBe(1);
        expect(ok.ok && ok.pratica.attachments).toEqual([att('u1')]);
        expect(await store.pratiche.file(suiteFiling({ attachments: [att('u1')] }))).toMatchObject({
          ok: false,
          code: 'upload_not_found',
        });
        expect((await store.uploads.get('borgo', 'u1'))?.praticaCode).toBe(ok.ok ? ok.pratica.code : '');
        expect(await store.uploads.content('borgo', 'u1')).toEqual(new TextEncoder().encode('%PDF'));
        expect(await store.uploads.get('altro', 'u1')).toBeUndefined();
        // Purging removes expired unreferenced uploads only.
        expect(await store.uploads.purgeExpired(new Date('2026-03-04T00:00:00Z'))).toBe(2);
        expect(await store.uploads.get('borgo', 'u1')).toBeDefined();
        expect(await store.pratiche.verifyChain()).toEqual({ ok: true, entries: 1 });
      }));

    it('lists pratiche per ente, submitter and office, never across entes', () =>
      withStore(make, async (store) => {
        await store.entes.put(suiteEnte());
        await store.entes.put(suiteEnte('altro', 'AOO_ALT'));
        await store.pratiche.file(suiteFiling());
        await store.pratiche.file(suiteFiling({ submitter: 'citizen:B' }));
        await store.pratiche.file(suiteFiling({ enteId: 'altro' }));
        expect(await store.pratiche.list('borgo')).toHaveLength(2);
        expect(await store.pratiche.list('borgo', { submitter: 'citizen:B' })).toHaveLength(1);
        expect(await store.pratiche.list('borgo', { officeIds: ['urp'] })).toHaveLength(2);
        expect(await store.pratiche.list('borgo', { officeIds: [] })).toHaveLength(0);
        expect(await store.pratiche.list('altro')).toHaveLength(1);
      }));

    it('lists a citizen the pratiche a token filed on their behalf, as `isCitizensPratica` judges one', () =>
      withStore(make, async (store) => {
        await store.entes.put(suiteEnte());
        const cf = 'BNCLRA85M52F205I';
        const citizen = { issuer: 'https://idp.test', sub: 'l', level: 'SpidL2' as const, fiscalNumber: cf };
        const filed = [
          suiteFiling({ submitter: `citizen:${cf}` }),
          suiteFiling({ submitter: 'token:t1', onBehalfOf: cf }),
          suiteFiling({ submitter: 'token:t1', onBehalfOf: 'RSSMRA80A01H501U' }),
          suiteFiling(),
        ];
        const codes = [];
        for (const f of filed) {
          const r = await store.pratiche.file(f);
          if (!r.ok) throw new Error(r.code);
          codes.push(r.pratica.code);
        }
        const onBehalf = await store.pratiche.get(codes[1]!);
        expect(onBehalf).toMatchObject({ submitter: 'token:t1', onBehalfOf: cf });
        const theirs = [];
        for (const code of codes)
          if (isCitizensPratica((await store.pratiche.get(code))!, citizen)) theirs.push(code);
        expect(theirs).toEqual([codes[0], codes[1]]);
        const listed = await store.pratiche.list('borgo', citizensPraticheFilter(citizen));
        expect(listed.map((p) => p.code).sort()).toEqual(theirs.sort());
      }));

    it('keeps an append-only audit log in order', () =>
      withStore(make, async (store) => {
        await store.entes.put(suiteEnte());
        const a = await store.audit.append({
          at: '2026-01-01T00:00:00Z',
          enteId: 'borgo',
          actor: 'system',
          action: 'x.one',
          subject: 's',
        });
        const b = await store.audit.append({
          at: '2026-01-01T00:00:01Z',
          enteId: 'borgo',
          actor: 'system',
          action: 'x.two',
          subject: 's',
          data: { n: 1 },
        });
        expect(b.seq).toBeGreaterThan(a.seq);
        expect((await store.audit.list('borgo')).map((e) => e.action)).toEqual(['x.one', 'x.two']);
        expect(await store.audit.list('altro')).toEqual([]);
      }));

    it('publishes module versions immutably and reads the current one', () =>
      withStore(make, async (store) => {
        await store.entes.put(suiteEnte());
        const { libraryModules } = await import('@modulo/form-library');
        const m = libraryModules()[0]!;
        await store.modules.publish('borgo', m, new Date('2026-01-01T00:00:00Z'));
        await store.modules.publish('borgo', { ...m, version: '1.1.0' }, new Date('2026-01-02T00:00:00Z'));
        expect((await store.modules.current('borgo', m.id))?.version).toBe('1.1.0');
        expect((await store.modules.version('borgo', m.id, m.version))?.module).toEqual(m);
        expect(await store.modules.current('altro', m.id)).toBeUndefined();
        expect((await store.modules.list('borgo')).map((p) => p.version)).toEqual(['1.1.0']);
        expect(await store.modules.archive('borgo', m.id)).toBe(true);
        expect((await store.modules.current('borgo', m.id))?.status).toBe('archived');
      }));
  });
}
