import { describe, expect, it } from 'vitest';
import { libraryModules } from '@modulo/form-library';
import { createApp } from '../app';
import { memoryStore } from '../testing/memoryStore';
import { dueDateIfFiledNow } from './dueDateIfFiledNow';

const thirtyDays = libraryModules().find((m) => m.procedure.termDays === 30)!;

describe('dueDateIfFiledNow', () => {
  it('counts from the Rome date and moves a due date off Christmas to the next working day', () => {
    // 23:30 UTC on 24 Nov is 00:30 on 25 Nov in Rome: filed 25 Nov; + 30 days = Fri 25 Dec (Natale),
    // Sat 26 Dec is Santo Stefano, 27 Dec a Sunday: due Monday 28 Dec 2026.
    const due = dueDateIfFiledNow(thirtyDays, new Date('2026-11-24T23:30:00Z'));
    expect(due).toEqual({
      filed: '2026-11-25',
      due: '2026-12-28',
      filedText: '25 novembre 2026',
      dueText: '28 dicembre 2026',
    });
  });

  it('moves the last day off the patron saint of the Comune', () => {
    // Filed 5 Nov + 30 = Sat 5 Dec; with patron 12-05 the term ends Monday 7 Dec (6 Dec is Sunday).
    const due = dueDateIfFiledNow(thirtyDays, new Date('2026-11-05T10:00:00Z'), { patron: '12-05' });
    expect(due.due).toBe('2026-12-07');
  });

  it('is what the module page promises the citizen', async () => {
    const app = createApp({ store: memoryStore(), now: () => new Date('2026-11-24T23:30:00Z') });
    // Prettier may wrap the sentence inside the template: compare with whitespace collapsed.
    const page = (await (await app.request(`/modules/${thirtyDays.id}`)).text()).replace(/\s+/g, ' ');
    expect(page).toContain('Se presenti la domanda oggi, 25 novembre 2026, la risposta è');
    expect(page).toContain('<strong data-due="2026-12-28">28 dicembre 2026</strong>');
  });
});
