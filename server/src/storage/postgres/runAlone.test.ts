import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNotifications } from '../../backoffice/notify/startNotifications';
import { runScheduledJobs } from '../../backoffice/runBackofficeClock';
import { startSmtpSink } from '../../backoffice/notify/startSmtpSink';
import type { RunningPostgres } from '../../testing/startPostgres';
import { startPostgres } from '../../testing/startPostgres';
import { suiteEnte, suiteFiling } from '../storeSuite';
import { openPgStore } from './openPgStore';

// Two instances' stores on one real PostgreSQL, each with its notifications loop and the same
// real SMTP server (aiosmtpd): every e-mail owed goes out once, not once per instance.
let pg: RunningPostgres;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  [pg, smtp] = await Promise.all([startPostgres(), startSmtpSink()]);
}, 120_000);
afterAll(() => {
  smtp?.stop();
  pg?.stop();
}, 60_000);

describe('jobs that must run alone across instances (PostgreSQL)', () => {
  it('runs a job on one instance at a time; the lock goes with the connection', async () => {
    const url = pg.createDatabase('alone');
    const [a, b] = await Promise.all([openPgStore(url), openPgStore(url)]);
    let release = () => {};
    const held = a.runAlone('mail', () => new Promise<string>((resolve) => (release = () => resolve('a'))));
    await new Promise((r) => setTimeout(r, 100));
    expect(await b.runAlone('mail', () => Promise.resolve('b'))).toBeUndefined();
    expect(await b.runAlone('other-job', () => Promise.resolve('b'))).toBe('b');
    release();
    expect(await held).toBe('a');
    expect(await b.runAlone('mail', () => Promise.resolve('b'))).toBe('b');
    await Promise.all([a.close(), b.close()]);
  });

  it('runs the back-office clock on one instance per tick', async () => {
    const url = pg.createDatabase('clock_alone');
    const [a, b] = await Promise.all([openPgStore(url), openPgStore(url)]);
    await a.entes.put(suiteEnte());
    const at = new Date('2026-12-02T10:00:00Z');
    let release = () => {};
    const held = a.runAlone('backoffice-clock', () => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((r) => setTimeout(r, 100));
    expect(await runScheduledJobs(b, at)).toBe(false);
    release();
    await held;
    expect(await runScheduledJobs(b, at)).toBe(true);
    await Promise.all([a.close(), b.close()]);
  });

  it('sends each e-mail once when two instances follow the audit log', async () => {
    const url = pg.createDatabase('mail_once');
    const [a, b] = await Promise.all([openPgStore(url), openPgStore(url)]);
    await a.entes.put(suiteEnte());
    const FILINGS = 30;
    for (let i = 0; i < FILINGS; i++) {
      const r = await (i % 2 ? a : b).pratiche.file(
        suiteFiling({ document: JSON.stringify({ answers: { i } }) }),
      );
      if (!r.ok) throw new Error(r.code);
    }
    const options = { smtpUrl: smtp.url, publicUrl: 'https://modulo.example.it', everyMs: 20 };
    const stops = [startNotifications(a, options), startNotifications(b, options)];
    try {
      // Each new pratica owes one mail to its office (urp@example.it).
      const deadline = Date.now() + 60_000;
      while ((await smtp.received()).length < FILINGS && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      // Both loops keep ticking a while: a second sender would show up now.
      await new Promise((r) => setTimeout(r, 1_000));
      const subjects = (await smtp.received()).map((m) => m.subject ?? '');
      expect(subjects).toHaveLength(FILINGS);
      expect(new Set(subjects).size).toBe(FILINGS);
      expect(subjects.every((s) => s.includes('Nuova pratica'))).toBe(true);
    } finally {
      await Promise.all(stops.map((stop) => stop()));
      await Promise.all([a.close(), b.close()]);
    }
  }, 120_000);
});
