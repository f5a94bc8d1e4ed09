import type { Store } from '../storage/Store';
import { draftPurgeCutoff } from './draftRetention';

/**
 * Deletes the drafts not saved for a full year and writes one `draft.purged` audit event for
 * each: the scheduler calls it (daily is enough). Returns how many were purged.
 */
export async function purgeDrafts(store: Store, now: Date): Promise<number> {
  const purged = await store.drafts.purgeSavedBefore(draftPurgeCutoff(now));
  for (const d of purged) {
    await store.audit.append({
      at: now.toISOString(),
      enteId: d.enteId,
      actor: 'system',
      action: 'draft.purged',
      subject: d.moduleId,
      data: { owner: d.owner, version: d.version, savedAt: d.updatedAt },
    });
  }
  return purged.length;
}
