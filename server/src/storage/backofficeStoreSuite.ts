import { describe, expect, it } from 'vitest';
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

async function file(store: Store, over: Parameters<typeof suiteFiling>[0] = {}): Promise<string> {
  const r = await store.pratiche.file(suiteFiling(over));
  if (!r.ok) throw new Error(r.code);
  return r.pratica.code;
}

const ALL = { all: true } as const;
const page = { offset: 0, limit: 10 };

/**
 * The back office's storage contract (`BackofficeStore`): any store (SQLite today, PostgreSQL
 * later) runs it with `backofficeStoreSuite(name, make)`.
 */
export function backofficeStoreSuite(name: string, make: MakeStore): void {
  describe(`BackofficeStore contract: ${name}`, () => {
    it('lists an ente’s pratiche by due date, open ones first, with scope and filters', () =>
      withStore(make, async (store) => {
        await store.entes.put(suiteEnte('borgo'));
        await store.entes.put(suiteEnte('altro', 'AOO_ALT'));
        const late = await file(store, { deadline: '2026-04-10', moduleId: 'a' });
        const soon = await file(store, { deadline: '2026-04-01', moduleId: 'b' });
        const other = await file(store, {
          deadline: '2026-03-20',
          assignment: {
            officeName: 'Tributi',
            officeId: 'tributi',
            responsibleId: 'x',
            responsibleName: 'X',
            responsibleTitle: '',
          },
        });
        await file(store, { enteId: 'altro', deadline: '2026-03-01' });
        const all = await store.backoffice.inbox({ enteId: 'borgo', scope: ALL, open: true, ...page });
        expect(all).toMatchObject({ codes: [other, soon, late], total: 3 });
        expect(all.rows[1]).toEqual({
          code: soon,
          enteId: 'borgo',
          subject: 'Segnalazione',
          moduleId: 'b',
          moduleVersion: '1.0.0',
          submitter: 'citizen:RSSMRA80A01H501U',
          status: 'presented',
          protocol: expect.objectContaining({ number: 2, year: 2026, date: '2026-03-02' }),
          assignment: expect.objectContaining({ officeId: 'urp' }),
          termDays: 30,
          comune: null,
          events: [],
        });
        const urp = await store.backoffice.inbox({
          enteId: 'borgo',
          scope: { all: false, offices: ['urp'], staffId: 'nobody' },
          ...page,
        });
        expect(urp.codes).toEqual([soon, late]);
        // Routed to me by name though not to my office.
        const mine = await store.backoffice.inbox({
          enteId: 'borgo',
          scope: { all: false, offices: [], staffId: 'x' },
          ...page,
        });
        expect(mine.codes).toEqual([other]);
        expect(
          (await store.backoffice.inbox({ enteId: 'borgo', scope: ALL, moduleId: 'b', ...page })).codes,
        ).toEqual([soon]);
        expect(
          (await store.backoffice.inbox({ enteId: 'borgo', scope: ALL, dueBefore: '2026-04-01', ...page }))
            .codes,
        ).toEqual([other]);
        expect(
          (
            await store.backoffice.inbox({
              enteId: 'borgo',
              scope: ALL,
              dueFrom: '2026-04-01',
              dueBefore: '2026-04-05',
              ...page,
            })
          ).codes,
        ).toEqual([soon]);
        expect(
          (await store.backoffice.inbox({ enteId: 'borgo', scope: ALL, officeId: 'tributi', ...page })).codes,
        ).toEqual([other]);
        const second = await store.backoffice.inbox({ enteId: 'borgo', scope: ALL, offset: 1, limit: 1 });
        expect(second).toMatchObject({ codes: [soon], total: 3 });

        // An event moves the due date and the order; an ended pratica leaves the open inbox.
        await store.backoffice.recordEvent({
          code: other,
          event: {
            type: 'concluded',
            at: '2026-03-05T10:00:00Z',
            by: 'X',
            outcome: 'positive',
            reason: 'ok',
          },
          status: 'ended_by_positive_outcome',
          clock: { dueDate: null, suspendedUntil: null },
          actor: 'staff:x',
        });
        await store.backoffice.recordEvent({
          code: late,
          event: { type: 'taken-in-charge', at: '2026-03-05T10:00:00Z', by: 'X' },
          status: 'in_charge',
          clock: { dueDate: '2026-03-25', suspendedUntil: null },
          actor: 'staff:x',
        });
        expect(
          (await store.backoffice.inbox({ enteId: 'borgo', scope: ALL, open: true, ...page })).codes,
        ).toEqual([late, soon]);
        expect((await store.backoffice.inbox({ enteId: 'borgo', scope: ALL, ...page })).codes).toEqual([
          late,
          soon,
          other,
        ]);
        expect(
          (
            await store.backoffice.inbox({
              enteId: 'borgo',
              scope: ALL,
              statuses: ['ended_by_positive_outcome'],
              ...page,
            })
          ).codes,
        ).toEqual([other]);
        const [lateRow] = (await store.backoffice.inbox({ enteId: 'borgo', scope: ALL, open: true, ...page }))
          .rows;
        expect(lateRow?.events.map((e) => e.type)).toEqual(['taken-in-charge']);
        const stored = await store.pratiche.get(late);
        expect(stored?.events.map((e) => e.type)).toEqual(['presented', 'taken-in-charge']);
        expect(stored?.status).toBe('in_charge');
        const audit = await store.audit.list('borgo', { subject: late });
        expect(audit.map((a) => a.action)).toContain('pratica.taken-in-charge');
        const figures = await store.backoffice.monitoring('borgo', '2026-04-05');
        expect(figures.map((x) => [x.moduleId, x.submissions, x.ended, x.openOverdue])).toEqual([
          ['a', 1, 0, 1],
          ['b', 1, 0, 1],
          ['segnalazione', 1, 1, 0],
        ]);
        expect(figures[2]?.decided).toEqual({ count: 1, totalDays: 3, medianDays: 3, withinTerm: 1 });
        expect(figures[0]?.perMonth).toEqual({ '2026-03': 1 });
      }));

    it('numbers outgoing documents from the same gapless counter as the filings, and reassigns', () =>
      withStore(make, async (store) => {
        await store.entes.put(suiteEnte('borgo'));
        const a = await file(store);
        const { outgoing } = await store.backoffice.recordEvent({
          code: a,
          event: {
            type: 'integration-requested',
            at: '2026-03-04T09:00:00Z',
            by: 'X',
            reason: 'planimetria',
          },
          status: 'integration_requested',
          clock: { dueDate: '2026-04-03', suspendedUntil: '2026-04-03' },
          actor: 'staff:x',
          outgoing: {
            kind: 'integration_request',
            subject: 'Richiesta di integrazione',
            documentSha256: 'ab'.repeat(32),
          },
          assignment: {
            officeId: 'tributi',
            officeName: 'Tributi',
            responsibleName: 'Y',
            responsibleTitle: '',
            responsibleId: 'y',
          },
        });
        expect(outgoing).toMatchObject({
          number: 2,
          year: 2026,
          date: '2026-03-04',
          kind: 'integration_request',
        });
        expect(outgoing?.segnatura).toContain('0000002');
        const b = await file(store, { at: new Date('2026-03-05T09:00:00Z') });
        expect((await store.pratiche.get(b))?.protocol.number).toBe(3);
        expect(await store.backoffice.outgoing(a)).toEqual([outgoing]);
        expect((await store.pratiche.get(a))?.assignment.officeId).toBe('tributi');
        expect(await store.backoffice.clockOf(a)).toMatchObject({
          dueDate: '2026-04-03',
          suspendedUntil: '2026-04-03',
        });
        // The register still verifies: the outgoing number is not a gap.
        expect(await store.pratiche.verifyChain()).toEqual({ ok: true, entries: 2 });
      }));

    it('keeps messages in order and does a scheduler alert only once', () =>
      withStore(make, async (store) => {
        await store.entes.put(suiteEnte('borgo'));
        const a = await file(store);
        const m1 = await store.backoffice.addMessage(a, {
          at: '2026-03-03T09:00:00Z',
          sender: 'office',
          author: 'staff:x',
          body: 'Buongiorno',
          attachments: [],
        });
        await store.backoffice.addMessage(a, {
          at: '2026-03-04T09:00:00Z',
          sender: 'citizen',
          author: 'citizen:RSSMRA80A01H501U',
          body: 'Ecco',
          attachments: [
            { uploadId: 'u', name: 'x.pdf', mediaType: 'application/pdf', size: 1, sha256: 'cd' },
          ],
        });
        const list = await store.backoffice.messages(a);
        expect(list.map((m) => m.body)).toEqual(['Buongiorno', 'Ecco']);
        expect(list[0]).toEqual(m1);
        expect(list[1]?.attachments[0]?.sha256).toBe('cd');

        const alert = { enteId: 'borgo', action: 'pratica.overdue' };
        expect(await store.backoffice.once(a, 'overdue', '2026-04-02T00:00:00Z', alert)).toBe(true);
        expect(await store.backoffice.once(a, 'overdue', '2026-04-03T00:00:00Z', alert)).toBe(false);
        const audit = await store.audit.list('borgo', { subject: a, action: 'pratica.overdue' });
        expect(audit).toHaveLength(1);

        expect(await store.backoffice.clockCandidates('2026-04-01', 10)).toEqual([]);
        expect(await store.backoffice.clockCandidates('2026-04-02', 10)).toEqual([a]);
        expect(await store.backoffice.lastRun('clock')).toBeUndefined();
        await store.backoffice.markRun('clock', '2026-04-02T00:00:00Z');
        expect(await store.backoffice.lastRun('clock')).toBe('2026-04-02T00:00:00Z');
        const events = await store.backoffice.auditAfter(0, 10);
        expect(events.map((e) => e.action)).toEqual(['pratica.filed', 'pratica.overdue']);
        expect(await store.backoffice.auditAfter(events[0]!.seq, 10)).toEqual([events[1]]);
      }));
  });
}
