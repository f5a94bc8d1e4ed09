import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './dayNumber';
import type { Suspension } from './suspensionsOf';
import { suspensionsOf } from './suspensionsOf';
import type { PraticaEvent } from './types';

const ev = (type: PraticaEvent['type'], at: string) => ({ type, at, by: 'x' }) as PraticaEvent;
const n = toDayNumber;
const show = (s: Suspension) => ({
  kind: s.kind,
  start: fromDayNumber(s.start),
  end: fromDayNumber(s.end),
  latestEnd: fromDayNumber(s.latestEnd),
  open: s.open,
});

describe('suspensionsOf', () => {
  it('closes an integration with the answer', () => {
    const events = [ev('integration-requested', '2026-03-12'), ev('integrated', '2026-03-20')];
    expect(suspensionsOf(events, n('2026-03-25')).map(show)).toEqual([
      { kind: 'integration', start: '2026-03-12', end: '2026-03-20', latestEnd: '2026-03-20', open: false },
    ]);
  });

  it('keeps an unanswered integration open until the 30th day', () => {
    const events = [ev('integration-requested', '2026-03-12')];
    expect(suspensionsOf(events, n('2026-03-20')).map(show)).toEqual([
      { kind: 'integration', start: '2026-03-12', end: '2026-03-20', latestEnd: '2026-04-11', open: true },
    ]);
    expect(suspensionsOf(events, n('2026-04-11')).map(show)[0]).toMatchObject({
      end: '2026-04-11',
      open: false,
    });
  });

  it('gives a preavviso 10 days, or 10 days after timely observations', () => {
    const events = [ev('preavviso', '2026-03-20'), ev('observations', '2026-03-30')];
    // Observations on the 10th day (30 March) are in time: suspended to 9 April.
    expect(suspensionsOf(events, n('2026-04-01')).map(show)).toEqual([
      { kind: 'preavviso', start: '2026-03-20', end: '2026-04-09', latestEnd: '2026-04-09', open: true },
    ]);
  });

  it('pairs observations with their own preavviso', () => {
    const events = [
      ev('preavviso', '2026-03-01'),
      ev('preavviso', '2026-03-20'),
      ev('observations', '2026-03-22'),
    ];
    expect(suspensionsOf(events, n('2026-04-10')).map(show)).toEqual([
      { kind: 'preavviso', start: '2026-03-01', end: '2026-03-11', latestEnd: '2026-03-11', open: false },
      { kind: 'preavviso', start: '2026-03-20', end: '2026-04-01', latestEnd: '2026-04-01', open: false },
    ]);
  });

  it('cuts every suspension at the end of the pratica', () => {
    const events = [ev('preavviso', '2026-03-20')];
    expect(suspensionsOf(events, n('2026-03-25'), n('2026-03-22')).map(show)).toEqual([
      { kind: 'preavviso', start: '2026-03-20', end: '2026-03-22', latestEnd: '2026-03-22', open: false },
    ]);
  });
});
