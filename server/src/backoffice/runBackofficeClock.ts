import { deadline, romeDate } from '@modulo/procedure';
import type { Store } from '../storage/Store';
import { clockColumns, praticaContext } from './praticaClock';
import { runRetention } from './retention/runRetention';

/** What one run of the clock did; every count is of things done for the first time. */
export interface ClockRunReport {
  checked: number;
  silenzioAssenso: number;
  overdue: number;
  escalated: number;
  suspensionsEnded: number;
}

/** Most pratiche one run looks at; the rest wait for the next run. */
const BATCH = 100_000;

/**
 * The legal clock run by the server as of `now`: accepts by silence the pratiche whose term
 * passed (art. 20), marks the overdue ones and escalates them to the substitute (art. 2 c. 9-bis),
 * ends the integration suspensions that ran out (art. 2 c. 7), and refreshes the stored due
 * dates. Each outcome is recorded once per pratica with its audit event (`once`), so a second
 * run, or a run after a restart, changes nothing.
 */
export async function runBackofficeClock(store: Store, now: Date): Promise<ClockRunReport> {
  const at = now.toISOString();
  const today = romeDate(at);
  const report: ClockRunReport = {
    checked: 0,
    silenzioAssenso: 0,
    overdue: 0,
    escalated: 0,
    suspensionsEnded: 0,
  };
  for (const code of await store.backoffice.clockCandidates(today, BATCH)) {
    const stored = await store.pratiche.get(code);
    const before = await store.backoffice.clockOf(code);
    if (!stored || !before) continue;
    report.checked++;
    const ctx = await praticaContext(store, stored);
    const d = deadline(ctx.pratica, ctx.calendar, at);
    const enteId = stored.enteId;
    if (d.statusReason === 'silenzio-assenso' && d.endedOn !== null) {
      const first = await store.backoffice.once(code, 'silenzio-assenso', at, {
        enteId,
        action: 'pratica.silenzio-assenso',
        data: { acceptedOn: d.endedOn, dueDate: d.dueDate },
      });
      if (first) report.silenzioAssenso++;
      await store.backoffice.setClock(code, clockColumns(d), 'ended_by_positive_outcome', at);
      continue;
    }
    if (before.suspendedUntil !== null && !d.suspendedNow) {
      const first = await store.backoffice.once(code, `suspension-ended:${before.suspendedUntil}`, at, {
        enteId,
        action: 'pratica.suspension-ended',
        data: { suspendedUntil: before.suspendedUntil, dueDate: d.dueDate },
      });
      if (first) report.suspensionsEnded++;
    }
    if (d.overdue) {
      if (
        await store.backoffice.once(code, 'overdue', at, {
          enteId,
          action: 'pratica.overdue',
          data: { dueDate: d.dueDate },
        })
      )
        report.overdue++;
      const substitute = ctx.pratica.substitute ?? null;
      const escalated = await store.backoffice.once(code, 'escalated', at, {
        enteId,
        action: 'pratica.escalated',
        data: { substitute, substituteDueDate: d.escalationDate, dueDate: d.dueDate },
      });
      if (escalated) report.escalated++;
    }
    await store.backoffice.setClock(code, clockColumns(d));
  }
  await store.backoffice.markRun('clock', at);
  return report;
}

/**
 * One scheduler run: the legal clock, then retention. When several instances share the store
 * (PostgreSQL), one runs it at a time (`Store.runAlone`): the others skip this tick. Returns
 * whether this instance ran it.
 */
export async function runScheduledJobs(store: Store, at: Date): Promise<boolean> {
  const work = async () => {
    await runBackofficeClock(store, at);
    await runRetention(store, at);
    return true;
  };
  return (await (store.runAlone ? store.runAlone('backoffice-clock', work) : work())) ?? false;
}

/**
 * Runs the clock, then the retention (once a day), now and then every `everyMs` (default hourly) until stopped; `now` is the
 * server's one clock. A run that fails is logged and retried at the next tick.
 */
export function startBackofficeScheduler(store: Store, now: () => Date, everyMs = 3_600_000): () => void {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running
      .then(() => runScheduledJobs(store, now()))
      .catch((err: unknown) => console.error('scheduler', err));
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
