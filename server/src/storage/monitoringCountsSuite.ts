import { describe, expect, it } from 'vitest';
import type { PraticaEvent } from '@modulo/procedure';
import type { ProcedureFigures } from './BackofficeStore';
import type { Store } from './Store';
import { suiteEnte, suiteFiling } from './storeSuite';

/** A store, the raw-row recomputation of its figures (the oracle), and a way to undo migration 011
 * so that reopening the store backfills the counts from the rows already there. */
export interface CountsHarness {
  store: Store;
  raw(enteId: string, today: string): Promise<ProcedureFigures[]>;
  /** Drops 011's tables and triggers and forgets it was applied, closes, and reopens (migrating). */
  reopenBefore011(): Promise<Store>;
  close(): Promise<void>;
}

const DAYS = ['2026-03-01', '2026-03-29', '2026-04-15', '2026-10-25', '2026-10-26', '2027-01-10'];

async function file(store: Store, enteId: string, moduleId: string, submitter: string, at: string) {
  const r = await store.pratiche.file(
    suiteFiling({ enteId, moduleId, submitter, at: new Date(at), deadline: '2026-04-20' }),
  );
  if (!r.ok) throw new Error(r.code);
  return r.pratica.code;
}

async function act(store: Store, code: string, event: PraticaEvent, status: string, due: string | null) {
  await store.backoffice.recordEvent({
    code,
    event,
    status,
    clock: { dueDate: due, suspendedUntil: null },
    actor: 'staff:x',
  });
}

/** Files, acts on, silences, anonymises: a register whose every indicator has something to count. */
async function populate(store: Store): Promise<void> {
  await store.entes.put(suiteEnte('borgo'));
  await store.entes.put(suiteEnte('altro', 'AOO_ALT'));
  const codes: string[] = [];
  for (let i = 0; i < 12; i++)
    codes.push(
      await file(
        store,
        i % 5 === 4 ? 'altro' : 'borgo',
        `m${i % 3}`,
        `citizen:C${i % 2}`,
        `2026-0${1 + (i % 3)}-2${i % 7}T23:30:00Z`,
      ),
    );
  const [a, b, c, d, e, f, g] = codes as [string, string, string, string, string, string, string];
  const by = 'X';
  await act(store, a, { type: 'taken-in-charge', at: '2026-03-03T09:00:00Z', by }, 'in_charge', '2026-04-20');
  // Suspended twice: one pratica suspended.
  await act(
    store,
    b,
    { type: 'integration-requested', at: '2026-03-04T09:00:00Z', by },
    'integration_requested',
    '2026-05-01',
  );
  await act(store, b, { type: 'integrated', at: '2026-03-05T09:00:00Z', by }, 'in_charge', '2026-04-25');
  await act(
    store,
    b,
    { type: 'integration-requested', at: '2026-03-06T09:00:00Z', by },
    'integration_requested',
    '2026-05-01',
  );
  // Decisions across both DST changes (Rome dates differ from UTC ones) and with an offset.
  await act(
    store,
    c,
    { type: 'concluded', outcome: 'positive', at: '2026-03-29T00:30:00Z', by },
    'ended_by_positive_outcome',
    null,
  );
  await act(
    store,
    d,
    { type: 'concluded', outcome: 'negative', at: '2026-10-24T22:30:00Z', by },
    'ended_by_negative_outcome',
    null,
  );
  await act(
    store,
    f,
    { type: 'concluded', outcome: 'positive', at: '2026-05-02T00:10:00+02:00', by },
    'ended_by_positive_outcome',
    null,
  );
  await act(
    store,
    g,
    { type: 'concluded', outcome: 'positive', at: '2026-04-20T22:30:00Z', by },
    'ended_by_positive_outcome',
    null,
  );
  // Accepted by silence: an alert and an ending status without an event.
  await store.backoffice.once(e, 'silenzio-assenso', '2026-04-21T00:00:00Z', {
    enteId: 'altro',
    action: 'pratica.silenzio-assenso',
  });
  await store.backoffice.setClock(
    e,
    { dueDate: null, suspendedUntil: null },
    'ended_by_silence',
    '2026-04-21T00:00:00Z',
  );
  // Once-only: a second alert counts nothing.
  await store.backoffice.once(e, 'silenzio-assenso', '2026-04-22T00:00:00Z', {
    enteId: 'altro',
    action: 'pratica.silenzio-assenso',
  });
  // Anonymisation changes no count.
  expect(await store.backoffice.anonymise(c, '2026-06-01T00:00:00Z')).toBe(true);
}

async function expectExact(store: Store, raw: CountsHarness['raw']) {
  for (const ente of ['borgo', 'altro', 'nessuno'])
    for (const today of DAYS)
      expect(await store.backoffice.monitoring(ente, today)).toEqual(await raw(ente, today));
}

/**
 * Migration 011's counts are exact: after filings, events, silences, suspensions and an
 * anonymisation, and after a backfill from existing rows, the figures a store serves equal those
 * recomputed from the raw rows (`rawSqliteProcedureFigures` / `rawPgProcedureFigures`).
 */
export function monitoringCountsSuite(name: string, make: () => Promise<CountsHarness>): void {
  describe(`monitoring counts: ${name}`, () => {
    it('keeps every indicator equal to the raw rows’ as pratiche are filed and handled', async () => {
      const h = await make();
      try {
        await populate(h.store);
        await expectExact(h.store, h.raw);
        const borgo = await h.store.backoffice.monitoring('borgo', '2026-04-21');
        // Not only equal to the oracle: the values themselves (the oracle could be wrong alike).
        // Filed at 23:30 UTC: the next Rome day. Decided: c 6 days (within the term), d 274 (the
        // Rome date of 22:30 UTC on 24 October is the 25th, CEST), f 37, g 84 (the 21st in Rome).
        expect(
          borgo.map((f) => [f.moduleId, f.submissions, f.applicants, f.ended, f.suspended, f.openOverdue]),
        ).toEqual([
          ['m0', 3, 2, 2, 0, 1],
          ['m1', 3, 2, 0, 1, 2],
          ['m2', 4, 2, 2, 0, 2],
        ]);
        expect(borgo.map((f) => f.decided)).toEqual([
          { count: 2, totalDays: 358, medianDays: 179, withinTerm: 0 },
          { count: 0, totalDays: 0, medianDays: null, withinTerm: 0 },
          { count: 2, totalDays: 43, medianDays: 21.5, withinTerm: 1 },
        ]);
        const altro = await h.store.backoffice.monitoring('altro', '2026-04-21');
        expect(altro.map((f) => [f.moduleId, f.submissions, f.ended, f.silenzioAssenso])).toEqual([
          ['m0', 1, 0, 0],
          ['m1', 1, 1, 1],
        ]);
      } finally {
        await h.close();
      }
    });

    it('backfills the counts from the rows already there when migration 011 runs', async () => {
      const h = await make();
      try {
        await populate(h.store);
        const before = await h.store.backoffice.monitoring('borgo', '2026-04-21');
        const store = await h.reopenBefore011();
        expect(await store.backoffice.monitoring('borgo', '2026-04-21')).toEqual(before);
        await expectExact(store, h.raw);
        // And the triggers work after the backfill.
        await file(store, 'borgo', 'm0', 'citizen:NEW', '2026-04-02T09:00:00Z');
        await expectExact(store, h.raw);
      } finally {
        await h.close();
      }
    });
  });
}
