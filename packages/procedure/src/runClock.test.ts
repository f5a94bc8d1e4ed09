import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './dayNumber';
import { runClock } from './runClock';
import type { Suspension } from './suspensionsOf';

const n = toDayNumber;
const closed = (kind: Suspension['kind'], start: string, end: string): Suspension => ({
  kind,
  start: n(start),
  end: n(end),
  latestEnd: n(end),
  open: false,
});

describe('runClock', () => {
  it('leaves out a suspension that starts after the due date, for the substitute stage', () => {
    // Filed 2 March, due 1 April; a preavviso 5-15 April extends only the substitute's
    // 15 days: 16 April + 10 = Sun 26 April → Mon 27 April.
    const run = runClock(n('2026-03-02'), 30, [closed('preavviso', '2026-04-05', '2026-04-15')], {}, 'end');
    expect(fromDayNumber(run.due)).toBe('2026-04-01');
    expect(fromDayNumber(run.substituteDue)).toBe('2026-04-27');
    expect(run.effective).toHaveLength(1);
  });

  it('ignores a suspension once even the substitute term has passed', () => {
    const run = runClock(n('2026-03-02'), 30, [closed('preavviso', '2026-05-05', '2026-05-15')], {}, 'end');
    expect(fromDayNumber(run.substituteDue)).toBe('2026-04-16');
    expect(run.effective).toHaveLength(0);
  });

  it('counts a suspension on the due date itself', () => {
    // Request on 1 April, the last day, answered 6 April: 5 days → 6 April (Easter Monday) → Tue 7.
    const run = runClock(n('2026-03-02'), 30, [closed('integration', '2026-04-01', '2026-04-06')], {}, 'end');
    expect(fromDayNumber(run.due)).toBe('2026-04-07');
  });
});
