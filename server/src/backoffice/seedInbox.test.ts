import { describe, expect, it } from 'vitest';
import { libraryModules } from '@modulo/form-library';
import { seedDemo } from '../seed/seedDemo';
import { memoryStore } from '../testing/memoryStore';

describe('the demo seed fills the back office', () => {
  it('gives montebello’s inbox open pratiche in different states, with their clock stored', async () => {
    const store = memoryStore();
    const now = new Date('2026-12-02T10:00:00Z');
    await seedDemo(store, libraryModules(), now);
    const inbox = await store.backoffice.inbox({
      enteId: 'montebello',
      scope: { all: true },
      open: true,
      offset: 0,
      limit: 20,
    });
    expect(inbox.total).toBeGreaterThanOrEqual(3);
    const states = [];
    for (const code of inbox.codes) states.push((await store.pratiche.get(code))!.status);
    expect(new Set(states)).toEqual(new Set(['presented', 'in_charge', 'integration_requested']));
    const suspended = inbox.codes[states.indexOf('integration_requested')]!;
    expect((await store.backoffice.clockOf(suspended))?.suspendedUntil).not.toBeNull();
    await store.close();
  });
});
