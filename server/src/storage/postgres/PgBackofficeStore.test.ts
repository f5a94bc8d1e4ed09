import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backofficeStoreSuite } from '../backofficeStoreSuite';
import { suiteEnte, suiteFiling } from '../storeSuite';
import { retentionStoreSuite } from '../retentionStoreSuite';
import { webhookStoreSuite } from '../webhookStoreSuite';
import type { RunningPostgres } from '../../testing/startPostgres';
import { startPostgres } from '../../testing/startPostgres';
import { openPgStore } from './openPgStore';
import { createPgPool } from './pgPool';

// SQLite's back-office contract on a real PostgreSQL server process, then what only several
// instances can break: the shared protocol counter and the once-only alerts.
let pg: RunningPostgres;
beforeAll(async () => {
  pg = await startPostgres();
}, 120_000);
// Stopping and removing a cluster of many databases can take seconds on a loaded machine.
afterAll(() => pg?.stop(), 60_000);

let n = 0;
backofficeStoreSuite('PostgreSQL', () => openPgStore(pg.createDatabase(`backoffice_${n++}`)));
webhookStoreSuite('PostgreSQL', () => openPgStore(pg.createDatabase(`backoffice_${n++}`)));
retentionStoreSuite('PostgreSQL', () => openPgStore(pg.createDatabase(`backoffice_${n++}`)));

const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

describe('PostgreSQL back office with two instances', () => {
  it('numbers filings and outgoing documents from two instances without gap or duplicate', async () => {
    const url = pg.createDatabase('outgoing_race');
    const [a, b] = await Promise.all([openPgStore(url), openPgStore(url)]);
    try {
      await a.entes.put(suiteEnte());
      const december = await Promise.all(
        range(10).map((i) =>
          (i % 2 ? a : b).pratiche.file(suiteFiling({ at: new Date('2026-12-31T09:00:00Z') })),
        ),
      );
      const codes = december.map((r) => (r.ok ? r.pratica.code : r.code));
      // A new year: no counter row exists yet when filings and outgoing documents race for it.
      const at = '2027-01-04T09:00:00Z';
      const filings = range(40).map(async (i) => {
        const r = await (i % 2 ? a : b).pratiche.file(suiteFiling({ at: new Date(at) }));
        return r.ok ? r.pratica.protocol.number : 0;
      });
      const events = range(30).map(async (i) => {
        const { outgoing } = await (i % 2 ? b : a).backoffice.recordEvent({
          code: codes[i % codes.length]!,
          event: { type: 'integration-requested', at, by: 'X', reason: 'planimetria' },
          status: 'integration_requested',
          clock: { dueDate: '2027-02-03', suspendedUntil: '2027-02-03' },
          actor: 'staff:x',
          outgoing: { kind: 'integration_request', subject: 'Richiesta', documentSha256: 'ab'.repeat(32) },
        });
        return outgoing?.number ?? 0;
      });
      const numbers = await Promise.all([...filings, ...events]);
      expect(numbers.sort((x, y) => x - y)).toEqual(range(70));
      expect(december.map((r) => (r.ok ? r.pratica.protocol.number : 0)).sort((x, y) => x - y)).toEqual(
        range(10),
      );
      const perPratica = await Promise.all(codes.map((code) => a.backoffice.outgoing(code)));
      expect(perPratica.map((o) => o.length)).toEqual(codes.map(() => 3));
      const events0 = (await b.pratiche.get(codes[0]!))?.events.map((e) => e.type);
      expect(events0).toEqual(['presented', ...range(3).map(() => 'integration-requested')]);
      expect(await b.pratiche.verifyChain()).toEqual({ ok: true, entries: 50 });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('keeps a filing between its counter read and write from sharing a number with an outgoing one', async () => {
    // A filing reads the year's counter (none yet in a new year) early and writes it back at the
    // end of its transaction. Here it is held just before that write: another transaction owns
    // the idempotency key it is about to insert. An outgoing document numbered meanwhile on the
    // other instance must wait for it, not take the number the filing already gave.
    const url = pg.createDatabase('outgoing_window');
    const [a, b] = await Promise.all([openPgStore(url), openPgStore(url)]);
    const raw = createPgPool(url, 2);
    const holder = await raw.connect();
    try {
      await a.entes.put(suiteEnte());
      const old = await a.pratiche.file(suiteFiling({ at: new Date('2026-12-31T09:00:00Z') }));
      if (!old.ok) throw new Error(old.code);
      const submitter = suiteFiling().submitter;
      await holder.query('BEGIN');
      await holder.query(
        `INSERT INTO idempotency (ente_id, submitter, key, request_sha256, pratica_code)
         VALUES ('borgo', $1, 'k', 'other', $2)`,
        [submitter, old.pratica.code],
      );
      const waiting = async (count: number, settled: () => boolean) => {
        for (let i = 0; i < 400 && !settled(); i++) {
          const { rows } = await raw.query<{ n: number }>(
            `SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = 'outgoing_window'`,
          );
          if (rows[0]!.n >= count) return;
          await new Promise((r) => setTimeout(r, 25));
        }
      };
      const at = '2027-01-04T09:00:00Z';
      const filing = a.pratiche.file(
        suiteFiling({ at: new Date(at), idempotency: { key: 'k', requestSha256: 'mine' } }),
      );
      await waiting(1, () => false);
      let done = false;
      const event = b.backoffice
        .recordEvent({
          code: old.pratica.code,
          event: { type: 'integration-requested', at, by: 'X', reason: 'planimetria' },
          status: 'integration_requested',
          clock: { dueDate: '2027-02-03', suspendedUntil: '2027-02-03' },
          actor: 'staff:x',
          outgoing: { kind: 'integration_request', subject: 'Richiesta', documentSha256: 'ab'.repeat(32) },
        })
        .finally(() => (done = true));
      await waiting(2, () => done);
      await holder.query('ROLLBACK');
      const filed = await filing;
      const { outgoing } = await event;
      expect(filed.ok && filed.pratica.protocol).toMatchObject({ year: 2027, number: 1 });
      expect(outgoing).toMatchObject({ year: 2027, number: 2 });
      expect(await a.pratiche.verifyChain()).toEqual({ ok: true, entries: 2 });
    } finally {
      holder.release();
      await raw.end();
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('follows the audit log without stepping over an event whose transaction commits late', async () => {
    // Seq 2 is taken by a transaction still open when seq 3 commits: a follower that read up to
    // 3 then would never see 2. It waits for the open transaction instead.
    const url = pg.createDatabase('audit_follow');
    const store = await openPgStore(url);
    const raw = createPgPool(url, 2);
    const holder = await raw.connect();
    try {
      await store.entes.put(suiteEnte());
      const event = (subject: string) => ({
        at: 'x',
        enteId: 'borgo',
        actor: 'system',
        action: 'a',
        subject,
      });
      await store.audit.append(event('one'));
      await holder.query('BEGIN');
      await holder.query(
        `INSERT INTO audit (at, ente_id, actor, action, subject) VALUES ('x', 'borgo', 'system', 'a', 'two')`,
      );
      await store.audit.append(event('three'));
      let done = false;
      const followed = store.backoffice.auditAfter(0, 10).finally(() => (done = true));
      for (let i = 0; i < 400 && !done; i++) {
        const { rows } = await raw.query<{ n: number }>(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = 'audit_follow'`,
        );
        if (rows[0]!.n >= 1) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      await holder.query('COMMIT');
      expect((await followed).map((e) => e.subject)).toEqual(['one', 'two', 'three']);
    } finally {
      holder.release();
      await raw.end();
      await store.close();
    }
  });

  it('gives each due webhook delivery to one instance only', async () => {
    const url = pg.createDatabase('webhook_lease');
    const [a, b] = await Promise.all([openPgStore(url), openPgStore(url)]);
    try {
      await a.entes.put(suiteEnte());
      await a.webhooks.create({
        id: 'w1',
        enteId: 'borgo',
        url: 'https://example.it/h',
        secret: 's',
        createdAt: '2026-01-01T00:00:00Z',
        active: true,
      });
      for (let i = 0; i < 30; i++) await a.pratiche.file(suiteFiling());
      expect(await b.webhooks.enqueue(100, (e) => String(e.seq))).toBe(30);
      const now = '2026-03-02T10:00:00Z';
      const claims = await Promise.all(range(6).map((i) => (i % 2 ? a : b).webhooks.due(now, 10)));
      const ids = claims.flat().map((d) => d.id);
      expect(ids).toHaveLength(30);
      expect(new Set(ids).size).toBe(30);
      expect(claims.flat()[0]?.nextAt).toBe('2026-03-02T09:00:00.000Z');
      // Not settled: due again once the lease has run out.
      expect(await a.webhooks.due('2026-03-02T10:10:00Z', 100)).toEqual([]);
      expect(await a.webhooks.due('2026-03-02T10:31:00Z', 100)).toHaveLength(30);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('records a scheduler alert once when two instances run the same job', async () => {
    const url = pg.createDatabase('alert_race');
    const [a, b] = await Promise.all([openPgStore(url), openPgStore(url)]);
    try {
      await a.entes.put(suiteEnte());
      const filed = await a.pratiche.file(suiteFiling());
      if (!filed.ok) throw new Error(filed.code);
      const alert = { enteId: 'borgo', action: 'pratica.overdue' };
      const runs = await Promise.all(
        range(10).map((i) =>
          (i % 2 ? a : b).backoffice.once(filed.pratica.code, 'overdue', `2026-04-0${i % 9}`, alert),
        ),
      );
      expect(runs.filter(Boolean)).toHaveLength(1);
      expect(await a.audit.list('borgo', { action: 'pratica.overdue' })).toHaveLength(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
