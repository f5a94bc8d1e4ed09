import { describe, expect, it } from 'vitest';
import { applyEvent } from './applyEvent';
import { buildPratica } from './testPratica';
import type { Calendar, Pratica, PraticaEvent } from './types';

const inCharge = (): Pratica =>
  buildPratica('2026-03-02', [['taken-in-charge', '2026-03-03', { by: 'Mario Rossi' }]]);

function code(
  p: Pratica,
  event: Partial<PraticaEvent> & Pick<PraticaEvent, 'type' | 'at'>,
  cal: Calendar = {},
) {
  const r = applyEvent(p, { by: 'Ufficio', ...event } as PraticaEvent, cal);
  return r.ok ? 'ok' : r.error.code;
}

describe('applyEvent: the lawful path', () => {
  it('records events in order and returns a new pratica', () => {
    const p = inCharge();
    const r = applyEvent(p, { type: 'integration-requested', at: '2026-03-05', by: 'Mario Rossi' }, {});
    expect(r.ok && r.value.events.map((e) => e.type)).toEqual([
      'presented',
      'taken-in-charge',
      'integration-requested',
    ]);
    expect(p.events).toHaveLength(2); // the input is left alone
  });

  it('allows a full life: integration, preavviso, observations, negative outcome', () => {
    expect(() =>
      buildPratica('2026-03-02', [
        ['taken-in-charge', '2026-03-03'],
        ['integration-requested', '2026-03-05'],
        ['integrated', '2026-03-10'],
        ['preavviso', '2026-03-20'],
        ['observations', '2026-03-25'],
        ['concluded', '2026-03-26', { outcome: 'negative', reason: 'Requisiti non posseduti' }],
      ]),
    ).not.toThrow();
  });

  it('allows a withdrawal at any open stage', () => {
    expect(code(buildPratica('2026-03-02'), { type: 'withdrawn', at: '2026-03-04' })).toBe('ok');
  });
});

describe('applyEvent: refusals', () => {
  it('refuses a second filing', () => {
    expect(code(inCharge(), { type: 'presented', at: '2026-03-04' })).toBe('already_presented');
  });

  it('refuses events dated before the previous one', () => {
    expect(code(inCharge(), { type: 'preavviso', at: '2026-03-02T10:00:00+01:00' })).toBe(
      'event_before_previous',
    );
    const p = buildPratica('2026-03-02T10:00:00+01:00');
    expect(code(p, { type: 'taken-in-charge', at: '2026-03-02T08:00:00Z' })).toBe('event_before_previous');
    // A bare date ties with any instant of its day.
    expect(code(p, { type: 'taken-in-charge', at: '2026-03-02' })).toBe('ok');
  });

  it('refuses a conclusion without taking charge', () => {
    const p = buildPratica('2026-03-02');
    expect(code(p, { type: 'concluded', at: '2026-03-05', outcome: 'positive', reason: 'ok' })).toBe(
      'not_in_charge',
    );
  });

  it('refuses taking charge twice', () => {
    expect(code(inCharge(), { type: 'taken-in-charge', at: '2026-03-04' })).toBe('already_in_charge');
  });

  it('refuses a decision without motivation (art. 3)', () => {
    expect(code(inCharge(), { type: 'concluded', at: '2026-03-05', outcome: 'positive', reason: ' ' })).toBe(
      'motivation_required',
    );
  });

  it('refuses a negative outcome without a preavviso', () => {
    expect(code(inCharge(), { type: 'concluded', at: '2026-03-05', outcome: 'negative', reason: 'no' })).toBe(
      'preavviso_required',
    );
  });

  it('refuses a negative outcome while the 10 days for observations run', () => {
    // Preavviso 20 March: observations may come until 30 March; refusal possible from 31 March.
    const p = buildPratica('2026-03-02', [
      ['taken-in-charge', '2026-03-03'],
      ['preavviso', '2026-03-20'],
    ]);
    const negative = { type: 'concluded', outcome: 'negative', reason: 'no' } as const;
    expect(code(p, { ...negative, at: '2026-03-30' })).toBe('preavviso_window_open');
    expect(code(p, { ...negative, at: '2026-03-31' })).toBe('ok');
    // A positive outcome needs no wait: the office may change its mind.
    expect(code(p, { type: 'concluded', outcome: 'positive', reason: 'sì', at: '2026-03-22' })).toBe('ok');
  });

  it('allows a negative outcome once the observations are in', () => {
    const p = buildPratica('2026-03-02', [
      ['taken-in-charge', '2026-03-03'],
      ['preavviso', '2026-03-20'],
      ['observations', '2026-03-23'],
    ]);
    expect(
      code(p, {
        type: 'concluded',
        outcome: 'negative',
        reason: 'Osservazioni non accolte',
        at: '2026-03-24',
      }),
    ).toBe('ok');
  });

  it('refuses anything after a conclusion', () => {
    const p = buildPratica('2026-03-02', [
      ['taken-in-charge', '2026-03-03'],
      ['concluded', '2026-03-10', { outcome: 'positive' }],
    ]);
    expect(code(p, { type: 'withdrawn', at: '2026-03-11' })).toBe('already_ended');
    expect(code(p, { type: 'reassigned', at: '2026-03-11', to: 'Anna Bianchi' } as PraticaEvent)).toBe(
      'already_ended',
    );
  });

  it('refuses anything after an acceptance by silence (art. 20)', () => {
    const p = buildPratica(
      '2026-03-02',
      [
        ['taken-in-charge', '2026-03-03'],
        ['preavviso', '2026-03-05'],
      ],
      { silenzioAssenso: true },
    );
    // Preavviso 5 March, no observations: 10 days suspended, due 1 April + 10 = Sat 11 April,
    // accepted on 12 April. A refusal on 11 April is in time; on 12 April it is too late.
    const negative = { type: 'concluded', outcome: 'negative', reason: 'no' } as const;
    expect(code(p, { ...negative, at: '2026-04-11' })).toBe('ok');
    expect(code(p, { ...negative, at: '2026-04-12' })).toBe('accepted_by_silence');
  });

  it("uses the patron's day to know when silence formed", () => {
    // 7 Nov + 30 = 7 Dec 2026: in Milano the due date moves to 9 Dec, so a decision on 8 Dec is still in time.
    const p = buildPratica('2026-11-07', [['taken-in-charge', '2026-11-09']], { silenzioAssenso: true });
    const at = '2026-12-08';
    expect(code(p, { type: 'concluded', outcome: 'positive', reason: 'ok', at }, { patron: '12-07' })).toBe(
      'ok',
    );
    expect(code(p, { type: 'concluded', outcome: 'positive', reason: 'ok', at }, {})).toBe(
      'accepted_by_silence',
    );
  });

  it('refuses a second integration request while one is pending, and answers without a request', () => {
    const p = buildPratica('2026-03-02', [
      ['taken-in-charge', '2026-03-03'],
      ['integration-requested', '2026-03-05'],
    ]);
    expect(code(p, { type: 'integration-requested', at: '2026-03-06' })).toBe('integration_pending');
    expect(code(inCharge(), { type: 'integrated', at: '2026-03-06' })).toBe('no_integration_pending');
  });

  it('lets a preavviso follow a pending integration only once its time has run', () => {
    // Requested 5 March without dueBy: the citizen has until 4 April (30 days).
    const p = buildPratica('2026-03-02', [
      ['taken-in-charge', '2026-03-03'],
      ['integration-requested', '2026-03-05'],
    ]);
    expect(code(p, { type: 'preavviso', at: '2026-04-03' })).toBe('integration_pending');
    expect(code(p, { type: 'preavviso', at: '2026-04-04' })).toBe('ok');
    // With a shorter time given (dueBy 15 March), from 15 March.
    const q = buildPratica('2026-03-02', [
      ['taken-in-charge', '2026-03-03'],
      ['integration-requested', '2026-03-05', { dueBy: '2026-03-15' }],
    ]);
    expect(code(q, { type: 'preavviso', at: '2026-03-15' })).toBe('ok');
  });

  it('refuses an integration request while the citizen may still send observations', () => {
    const p = buildPratica('2026-03-02', [
      ['taken-in-charge', '2026-03-03'],
      ['preavviso', '2026-03-20'],
    ]);
    expect(code(p, { type: 'integration-requested', at: '2026-03-25' })).toBe('preavviso_window_open');
  });

  it('refuses observations without a preavviso, or twice', () => {
    expect(code(inCharge(), { type: 'observations', at: '2026-03-05' })).toBe('no_preavviso');
    const p = buildPratica('2026-03-02', [
      ['taken-in-charge', '2026-03-03'],
      ['preavviso', '2026-03-20'],
      ['observations', '2026-03-22'],
    ]);
    expect(code(p, { type: 'observations', at: '2026-03-23' })).toBe('observations_already_received');
  });

  it('refuses malformed events from JSON callers', () => {
    expect(code(inCharge(), { type: 'archived' as 'withdrawn', at: '2026-03-05' })).toBe('invalid_event');
    expect(code(inCharge(), { type: 'withdrawn', at: '05/03/2026' })).toBe('invalid_date');
    expect(code(inCharge(), { type: 'integration-requested', at: '2026-03-05', dueBy: '2026-02-30' })).toBe(
      'invalid_date',
    );
    expect(code(inCharge(), { type: 'reassigned', at: '2026-03-05', to: '' } as PraticaEvent)).toBe(
      'invalid_event',
    );
    expect(
      code(inCharge(), { type: 'concluded', at: '2026-03-05', outcome: 'maybe', reason: 'x' } as never),
    ).toBe('invalid_event');
  });

  it('explains every refusal in Italian', () => {
    const r = applyEvent(
      inCharge(),
      { type: 'concluded', at: '2026-03-05', by: 'x', outcome: 'negative', reason: 'no' },
      {},
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.message).toBe(
        'Prima di un esito negativo va inviato il preavviso di rigetto (art. 10-bis L. 241/1990).',
      );
  });
});
