import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLibraryModule } from '@modulo/form-library';
import type { PraticaEvent } from '@modulo/procedure';
import { openSqliteStore } from '../storage/sqlite/openSqliteStore';
import type { Store } from '../storage/Store';
import { suiteEnte, suiteFiling } from '../storage/storeSuite';
import { applyPraticaEvent } from './applyPraticaEvent';
import { praticaContext } from './praticaClock';
import { runBackofficeClock } from './runBackofficeClock';

async function record(store: Store, code: string, event: PraticaEvent) {
  const ctx = await praticaContext(store, (await store.pratiche.get(code))!);
  await applyPraticaEvent(store, ctx, event, { actor: 'staff:mario-rossi' });
}

async function fileOne(store: Store, over: Parameters<typeof suiteFiling>[0] = {}) {
  const r = await store.pratiche.file(suiteFiling(over));
  if (!r.ok) throw new Error(r.code);
  return r.pratica.code;
}

const actions = async (store: Store, code: string) =>
  (await store.audit.list('borgo', { subject: code })).map((a) => a.action);

describe('runBackofficeClock: the scheduler, with a fixed clock, across a restart', () => {
  it('accepts by silence, escalates the overdue, ends a suspension that ran out: each once', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'modulo-clock-')), 'modulo.sqlite');
    let store: Store = openSqliteStore(file);
    await store.entes.put(suiteEnte('borgo'));
    const mensa = getLibraryModule('iscrizione-mensa-scolastica')!;
    await store.modules.publish('borgo', mensa, new Date('2026-01-01T00:00:00Z'));
    // All filed Mon 2 March 2026, 30 days: due Wed 1 April.
    const silent = await fileOne(store, { moduleId: mensa.id, moduleVersion: mensa.version });
    const late = await fileOne(store);
    const waiting = await fileOne(store);
    await record(store, late, { type: 'taken-in-charge', at: '2026-03-03T09:00:00Z', by: 'Mario Rossi' });
    await record(store, waiting, {
      type: 'integration-requested',
      at: '2026-03-04T09:00:00Z',
      by: 'Mario Rossi',
      reason: 'Manca la planimetria',
    });
    expect(await store.backoffice.clockOf(waiting)).toMatchObject({ suspendedUntil: '2026-04-03' });

    // Before the term: nothing happens, only the suspended pratica is looked at.
    expect(await runBackofficeClock(store, new Date('2026-03-20T02:00:00Z'))).toEqual({
      checked: 1,
      silenzioAssenso: 0,
      overdue: 0,
      escalated: 0,
      suspensionsEnded: 0,
    });

    // The day after the due date: silence accepts the mensa pratica, the other is escalated.
    const after = await runBackofficeClock(store, new Date('2026-04-02T02:00:00Z'));
    expect(after).toMatchObject({ silenzioAssenso: 1, overdue: 1, escalated: 1, suspensionsEnded: 0 });
    expect((await store.pratiche.get(silent))?.status).toBe('ended_by_positive_outcome');
    const escalation = (await store.audit.list('borgo', { subject: late, action: 'pratica.escalated' }))[0];
    // 1 April + 15 = Thu 16 April.
    expect(escalation).toMatchObject({
      actor: 'system',
      data: { dueDate: '2026-04-01', substituteDueDate: '2026-04-16' },
    });

    // The suspension's 30 days end on 3 April: the term runs again, the due date moves on.
    const ended = await runBackofficeClock(store, new Date('2026-04-04T02:00:00Z'));
    expect(ended).toMatchObject({ silenzioAssenso: 0, overdue: 0, escalated: 0, suspensionsEnded: 1 });
    const clock = await store.backoffice.clockOf(waiting);
    expect(clock?.suspendedUntil).toBeNull();
    expect(clock!.dueDate! > '2026-04-30').toBe(true);

    // A restart, and the same run again: nothing more.
    await store.close();
    store = openSqliteStore(file);
    expect(await runBackofficeClock(store, new Date('2026-04-04T02:00:00Z'))).toMatchObject({
      silenzioAssenso: 0,
      overdue: 0,
      escalated: 0,
      suspensionsEnded: 0,
    });
    expect(await actions(store, silent)).toEqual(['pratica.filed', 'pratica.silenzio-assenso']);
    expect(await actions(store, late)).toEqual([
      'pratica.filed',
      'pratica.taken-in-charge',
      'pratica.overdue',
      'pratica.escalated',
    ]);
    expect(await actions(store, waiting)).toEqual([
      'pratica.filed',
      'pratica.integration-requested',
      'pratica.suspension-ended',
    ]);
    expect(await store.backoffice.lastRun('clock')).toBe('2026-04-04T02:00:00.000Z');
    // The silent pratica left the open inbox; applyEvent refuses anything more on it.
    const inbox = await store.backoffice.inbox({
      enteId: 'borgo',
      scope: { all: true },
      open: true,
      offset: 0,
      limit: 10,
    });
    expect(inbox.codes).not.toContain(silent);
    await expect(
      record(store, silent, { type: 'taken-in-charge', at: '2026-04-05T09:00:00Z', by: 'Mario Rossi' }),
    ).rejects.toMatchObject({ code: 'accepted_by_silence' });
    await store.close();
  });
});
