import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../register/sha256Hex';
import { anonymisedDocument } from './anonymisedDocument';
import type { MakeStore, Store } from './Store';
import { suiteEnte, suiteFiling } from './storeSuite';

async function withStore(make: MakeStore, run: (store: Store) => Promise<void>) {
  const store = await make();
  try {
    await run(store);
  } finally {
    await store.close();
  }
}

const clock = { dueDate: null, suspendedUntil: null };
const CITIZEN = 'citizen:RSSMRA80A01H501U';

/**
 * The retention half of the back-office contract (`BackofficeStore.purgeDrafts`, `anonymise`...),
 * run on every store beside `backofficeStoreSuite`.
 */
export function retentionStoreSuite(name: string, make: MakeStore): void {
  describe(`BackofficeStore retention contract: ${name}`, () => {
    it('purges one module’s drafts saved at or before a cutoff, each with an audit event', () =>
      withStore(make, async (store) => {
        await store.entes.put(suiteEnte('borgo'));
        const draft = { enteId: 'borgo', version: '1.0.0', answers: { nome: 'Anna' } };
        await store.drafts.put({
          ...draft,
          moduleId: 'a',
          owner: 'citizen:X',
          updatedAt: '2025-01-01T00:00:00.000Z',
        });
        await store.drafts.put({
          ...draft,
          moduleId: 'a',
          owner: 'citizen:Y',
          updatedAt: '2025-06-01T00:00:00.000Z',
        });
        await store.drafts.put({
          ...draft,
          moduleId: 'b',
          owner: 'citizen:X',
          updatedAt: '2024-01-01T00:00:00.000Z',
        });
        expect(await store.backoffice.draftModules()).toEqual([
          { enteId: 'borgo', moduleId: 'a' },
          { enteId: 'borgo', moduleId: 'b' },
        ]);
        const at = '2026-03-01T00:00:00.000Z';
        expect(await store.backoffice.purgeDrafts('borgo', 'a', '2025-01-01T00:00:00.000Z', at)).toBe(1);
        expect(await store.backoffice.purgeDrafts('borgo', 'a', '2025-01-01T00:00:00.000Z', at)).toBe(0);
        expect(await store.drafts.get('borgo', 'a', 'citizen:Y')).toBeDefined();
        expect(await store.drafts.get('borgo', 'b', 'citizen:X')).toBeDefined();
        const audit = await store.audit.list('borgo', { action: 'draft.purged' });
        expect(audit).toEqual([
          expect.objectContaining({
            subject: 'a',
            data: { owner: 'citizen:X', version: '1.0.0', savedAt: '2025-01-01T00:00:00.000Z' },
          }),
        ]);
      }));

    it('anonymises an ended pratica once, keeping its hashes: the register still verifies', () =>
      withStore(make, async (store) => {
        await store.entes.put(suiteEnte('borgo'));
        const up = await store.uploads.create(
          {
            id: 'u1',
            enteId: 'borgo',
            owner: CITIZEN,
            name: 'carta-identita-anna.pdf',
            mediaType: 'application/pdf',
            size: 4,
            sha256: sha256Hex('%PDF'),
            createdAt: '2026-03-02T08:00:00.000Z',
            expiresAt: '2026-03-03T08:00:00.000Z',
          },
          new TextEncoder().encode('%PDF'),
        );
        const document = JSON.stringify({ answers: { nome: 'Anna', cognome: 'Bianchi' } });
        const filed = await store.pratiche.file(
          suiteFiling({
            document,
            documentSha256: sha256Hex(document),
            attachments: [
              {
                fieldId: 'doc',
                uploadId: up.id,
                name: up.name,
                mediaType: up.mediaType,
                size: 4,
                sha256: up.sha256,
              },
            ],
          }),
        );
        if (!filed.ok) throw new Error(filed.code);
        const code = filed.pratica.code;
        const open = await store.pratiche.file(suiteFiling());
        if (!open.ok) throw new Error(open.code);
        await store.backoffice.addMessage(code, {
          at: '2026-03-05T09:00:00.000Z',
          sender: 'citizen',
          author: CITIZEN,
          body: 'Sono Anna Bianchi, allego il documento.',
          attachments: [],
        });
        await store.backoffice.recordEvent({
          code,
          event: {
            type: 'concluded',
            at: '2026-03-10T09:00:00.000Z',
            outcome: 'positive',
            by: 'Mario Rossi',
          },
          status: 'ended_by_positive_outcome',
          clock,
          actor: 'staff:mario-rossi',
        });
        expect(await store.backoffice.endedModules()).toEqual([
          { enteId: 'borgo', moduleId: 'segnalazione' },
        ]);
        // Ended on 10 March: not at a cutoff before, and the open pratica never.
        expect(
          await store.backoffice.anonymisable('borgo', 'segnalazione', '2026-03-09T00:00:00.000Z', 10),
        ).toEqual([]);
        expect(
          await store.backoffice.anonymisable('borgo', 'segnalazione', '2027-03-10T09:00:00.000Z', 10),
        ).toEqual([code]);

        const at = '2031-03-11T01:00:00.000Z';
        expect(await store.backoffice.anonymise(code, at)).toBe(true);
        expect(await store.backoffice.anonymise(code, at)).toBe(false);
        const p = (await store.pratiche.get(code))!;
        expect(p.document).toBe(anonymisedDocument(at, sha256Hex(document)));
        expect(p.document).not.toContain('Anna');
        expect(p.documentSha256).toBe(sha256Hex(document));
        expect(p.submitter).toBe(CITIZEN);
        expect((await store.backoffice.messages(code))[0]!.body).not.toContain('Anna');
        expect(await store.uploads.content('borgo', 'u1')).toHaveLength(0);
        expect(await store.backoffice.anonymisable('borgo', 'segnalazione', at, 10)).toEqual([]);
        expect(await store.backoffice.endedModules()).toEqual([]);
        expect(await store.pratiche.verifyChain()).toMatchObject({ ok: true, entries: 2 });
        expect(await store.pratiche.verifyChain({ upTo: code })).toMatchObject({ ok: true });
        const audit = await store.audit.list('borgo', { subject: code, action: 'pratica.anonymised' });
        expect(audit).toEqual([
          expect.objectContaining({
            actor: 'system',
            data: { documentSha256: sha256Hex(document), messages: 1, uploads: 1 },
          }),
        ]);
      }));
  });
}
