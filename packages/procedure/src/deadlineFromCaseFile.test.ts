import { describe, expect, it } from 'vitest';
import { deadlineFromCaseFile } from './deadlineFromCaseFile';

const error = (input: unknown, now?: string) => {
  const r = deadlineFromCaseFile(input, now);
  return r.ok ? undefined : r.error;
};

describe('deadlineFromCaseFile', () => {
  it('computes as of the last event', () => {
    // Filed 2 March (09:15 CET), integration 12-20 March (8 days): due Thu 9 April, as of 20 March.
    const r = deadlineFromCaseFile({
      filed: '2026-03-02T08:15:00Z',
      termDays: 30,
      events: [
        { type: 'taken-in-charge', at: '2026-03-03T10:00:00+01:00', by: 'Mario Rossi' },
        { type: 'integration-requested', at: '2026-03-12' },
        { type: 'integrated', at: '2026-03-20' },
      ],
    });
    expect(r).toEqual({
      ok: true,
      value: {
        asOf: '2026-03-20',
        filed: '2026-03-02',
        termDays: 30,
        status: 'integrated',
        statusReason: null,
        dueDate: '2026-04-09',
        latestDueDate: '2026-04-09',
        suspendedDays: 8,
        suspendedNow: false,
        suspendedSince: null,
        suspensionLatestEnd: null,
        daysLeft: 20,
        overdue: false,
        substituteDueDate: '2026-04-24', // 9 April + 15
        escalationDate: '2026-04-24',
        substituteRequestedOn: null,
        silenzioAssensoDate: null,
        endedOn: null,
      },
    });
  });

  it('computes as of the filing date when there are no events, with the default term', () => {
    const r = deadlineFromCaseFile({ filed: '2025-12-31T23:30:00Z' });
    // Filed 1 January 2026 in Rome; + 30 = Sat 31 January.
    expect(r.ok && [r.value.asOf, r.value.dueDate, r.value.daysLeft]).toEqual([
      '2026-01-01',
      '2026-01-31',
      30,
    ]);
  });

  it('computes as of --now, with the patron and silenzio-assenso', () => {
    // Milano: 7 Nov + 30 = 7 Dec (Sant'Ambrogio), 8 Dec (Immacolata) → due 9 Dec, accepted 10 Dec.
    const r = deadlineFromCaseFile(
      { filed: '2026-11-07', patron: '12-07', silenzioAssenso: true },
      '2026-12-10',
    );
    expect(r.ok && r.value).toMatchObject({
      dueDate: '2026-12-09',
      status: 'ended_by_positive_outcome',
      statusReason: 'silenzio-assenso',
      silenzioAssensoDate: '2026-12-10',
    });
  });

  it('names the field on bad input, in Italian', () => {
    expect(error([])).toMatchObject({ code: 'invalid_input', path: '' });
    expect(error({})).toMatchObject({ code: 'missing_field', path: 'filed' });
    expect(error({ filed: '02/03/2026' })).toMatchObject({ code: 'invalid_field', path: 'filed' });
    expect(error({ filed: '2026-03-02', termDays: '30' })).toMatchObject({
      code: 'invalid_field',
      path: 'termDays',
    });
    expect(error({ filed: '2026-03-02', patron: '7 dicembre' })).toMatchObject({ path: 'patron' });
    expect(error({ filed: '2026-03-02', silenzioAssenso: 'sì' })).toMatchObject({ path: 'silenzioAssenso' });
    expect(error({ filed: '2026-03-02', events: {} })).toMatchObject({ path: 'events' });
    expect(error({ filed: '2026-03-02', termdays: 60 })).toMatchObject({
      code: 'unknown_field',
      path: 'termdays',
    });
    expect(error({ filed: '2026-03-02' }, 'domani')).toMatchObject({ path: 'now' });
  });

  it('names the event and field on bad events', () => {
    const events = [
      { type: 'taken-in-charge', at: '2026-03-03' },
      { type: 'integration-requested', at: '2026-03-05' },
      { type: 'integrated', at: '2026-03-32' },
    ];
    const e = error({ filed: '2026-03-02', events });
    expect(e).toMatchObject({ code: 'invalid_field', path: 'events[2].at' });
    expect(e?.message).toMatch(/data/);
    expect(error({ filed: '2026-03-02', events: [{ at: '2026-03-03' }] })).toMatchObject({
      path: 'events[0].type',
    });
    expect(error({ filed: '2026-03-02', events: [{ type: 'archived', at: '2026-03-03' }] })).toMatchObject({
      path: 'events[0].type',
    });
    expect(error({ filed: '2026-03-02', events: [{ type: 'concluded', at: '2026-03-03' }] })).toMatchObject({
      path: 'events[0].outcome',
    });
    expect(error({ filed: '2026-03-02', events: [{ type: 'reassigned', at: '2026-03-03' }] })).toMatchObject({
      path: 'events[0].to',
    });
    expect(
      error({ filed: '2026-03-02', events: [{ type: 'withdrawn', at: '2026-03-03', note: 'x' }] }),
    ).toMatchObject({
      code: 'unknown_field',
      path: 'events[0].note',
    });
    expect(error({ filed: '2026-03-02', events: ['withdrawn'] })).toMatchObject({ path: 'events[0]' });
  });

  it('refuses unlawful sequences with the reason from applyEvent', () => {
    const e = error({
      filed: '2026-03-02',
      events: [{ type: 'concluded', at: '2026-03-10', outcome: 'positive', reason: 'ok' }],
    });
    expect(e).toEqual({
      code: 'unlawful_event',
      path: 'events[0]',
      cause: 'not_in_charge',
      message: 'La pratica non è ancora stata presa in carico.',
    });
    const order = error({
      filed: '2026-03-02',
      events: [
        { type: 'taken-in-charge', at: '2026-03-05' },
        { type: 'preavviso', at: '2026-03-04' },
      ],
    });
    expect(order).toMatchObject({ path: 'events[1]', cause: 'event_before_previous' });
  });
});
