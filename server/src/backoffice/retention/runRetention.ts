import { romeDate } from '@modulo/procedure';
import type { Store } from '../../storage/Store';
import { retentionOf, yearsBefore } from './retentionOf';

/** What one retention run did. */
export interface RetentionReport {
  draftsPurged: number;
  anonymised: number;
}

/** Most pratiche of one module anonymised per run; the rest wait for the next. */
const BATCH = 1000;

/**
 * Applies each module's retention (`procedure.retention`, see `retentionOf`) as of `now`: purges
 * the drafts kept long enough, anonymises the personal data of pratiche ended long enough ago
 * (keeping every hash: docs/decisions/2026-12-02-retention.md), and writes one `retention.run`
 * audit event per ente with its counts. Once per Rome day: a second run that day, or after a
 * restart, returns `undefined`; every step is idempotent, so a run cut short is simply redone.
 */
export async function runRetention(store: Store, now: Date): Promise<RetentionReport | undefined> {
  const at = now.toISOString();
  const last = await store.backoffice.lastRun('retention');
  if (last !== undefined && romeDate(last) === romeDate(at)) return undefined;
  const perEnte = new Map<string, RetentionReport>();
  const of = (enteId: string) => {
    const r = perEnte.get(enteId) ?? { draftsPurged: 0, anonymised: 0 };
    perEnte.set(enteId, r);
    return r;
  };
  const rule = async (enteId: string, moduleId: string) =>
    retentionOf((await store.modules.current(enteId, moduleId))?.module);

  for (const { enteId, moduleId } of await store.backoffice.draftModules()) {
    const cutoff = yearsBefore(now, (await rule(enteId, moduleId)).draftYears);
    of(enteId).draftsPurged += await store.backoffice.purgeDrafts(enteId, moduleId, cutoff, at);
  }
  for (const { enteId, moduleId } of await store.backoffice.endedModules()) {
    const years = (await rule(enteId, moduleId)).anonymiseAfterYears;
    if (years === null) continue;
    const codes = await store.backoffice.anonymisable(enteId, moduleId, yearsBefore(now, years), BATCH);
    for (const code of codes) if (await store.backoffice.anonymise(code, at)) of(enteId).anonymised++;
  }

  const total: RetentionReport = { draftsPurged: 0, anonymised: 0 };
  for (const ente of await store.entes.list()) {
    const r = perEnte.get(ente.id) ?? { draftsPurged: 0, anonymised: 0 };
    total.draftsPurged += r.draftsPurged;
    total.anonymised += r.anonymised;
    await store.audit.append({
      at,
      enteId: ente.id,
      actor: 'system',
      action: 'retention.run',
      subject: 'retention',
      data: { ...r },
    });
  }
  await store.backoffice.markRun('retention', at);
  return total;
}
