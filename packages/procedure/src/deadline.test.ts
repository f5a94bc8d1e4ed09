import { describe, expect, it } from 'vitest';
import { deadline } from './deadline';
import { buildPratica } from './testPratica';

// Convention in every case below (art. 2 L. 241/1990, dies a quo non computatur): the term
// runs from the day after filing; a suspension from day R to day A stops A - R days (the
// request day runs, the clock runs again the day after A); only the final day moves.

describe('deadline: the term', () => {
  it('runs termDays from the day after filing', () => {
    // Filed Mon 2 March 2026: 3 March is day 1, 1 April (Wed) is day 30.
    const p = buildPratica('2026-03-02T09:00:00+01:00');
    expect(deadline(p, {}, '2026-03-02')).toMatchObject({
      filed: '2026-03-02',
      dueDate: '2026-04-01',
      latestDueDate: '2026-04-01',
      daysLeft: 30,
      overdue: false,
      suspendedDays: 0,
      suspendedNow: false,
      suspendedSince: null,
      suspensionLatestEnd: null,
      status: 'presented',
      silenzioAssensoDate: null,
    });
    expect(deadline(p, {}, '2026-04-01')).toMatchObject({ daysLeft: 0, overdue: false });
  });

  it('honours a procedure term other than 30 days', () => {
    // 2 March + 60 = 1 May (Fri, Festa del lavoro) → Sat 2 May, an ordinary day.
    expect(deadline(buildPratica('2026-03-02', [], { termDays: 60 }), {}, '2026-03-02').dueDate).toBe(
      '2026-05-02',
    );
  });

  // Each case: filing date + 30 lands on the day named; the due date moves to the next working day.
  it.each([
    ['2026-02-06', '2026-03-09', 'Sun 8 March → Mon 9'],
    ['2026-12-02', '2027-01-02', 'Capodanno (Fri 1 Jan 2027) → Sat 2'],
    ['2026-12-07', '2027-01-07', 'Epifania (Wed 6 Jan 2027) → Thu 7'],
    ['2026-03-06', '2026-04-07', 'Easter Sun 5 April, Easter Mon 6 → Tue 7'],
    ['2026-03-26', '2026-04-27', 'Liberazione on Sat 25 April, then Sunday → Mon 27'],
    ['2026-04-01', '2026-05-02', 'Festa del lavoro Fri 1 May → Sat 2'],
    ['2026-05-03', '2026-06-03', 'Festa della Repubblica Tue 2 June → Wed 3'],
    ['2026-07-16', '2026-08-17', 'Ferragosto Sat 15 Aug, then Sunday → Mon 17'],
    ['2027-09-04', '2027-10-05', 'San Francesco Mon 4 Oct 2027 (L. 151/2025) → Tue 5'],
    ['2026-10-02', '2026-11-02', 'Ognissanti on Sun 1 Nov → Mon 2'],
    ['2026-11-08', '2026-12-09', 'Immacolata Tue 8 Dec → Wed 9'],
    ['2026-11-25', '2026-12-28', 'Natale Fri, Santo Stefano Sat, Sunday → Mon 28'],
    ['2026-11-26', '2026-12-28', 'Santo Stefano Sat 26, Sunday → Mon 28'],
  ])('filed %s → due %s (%s)', (filed, due) => {
    expect(deadline(buildPratica(filed), {}, filed).dueDate).toBe(due);
  });

  it('keeps 4 October 2025 as an ordinary Saturday (the holiday starts in 2026)', () => {
    // 4 Sept 2025 + 30 = Sat 4 Oct 2025: a working day then.
    expect(deadline(buildPratica('2025-09-04'), {}, '2025-09-04').dueDate).toBe('2025-10-04');
  });

  it("moves over the patron's day of the pratica's Comune", () => {
    // 7 Nov + 30 = Mon 7 Dec 2026. In Milano that is Sant'Ambrogio, and 8 Dec is the Immacolata → Wed 9.
    const p = buildPratica('2026-11-07');
    expect(deadline(p, { patron: '12-07' }, '2026-11-07').dueDate).toBe('2026-12-09');
    expect(deadline(p, {}, '2026-11-07').dueDate).toBe('2026-12-07');
  });

  it('takes the filing date in Europe/Rome, not UTC', () => {
    // 23:30 UTC on 31 Dec 2025 is 1 Jan 2026 in Rome: + 30 = Sat 31 Jan (a UTC reading would give 30 Jan).
    const p = buildPratica('2025-12-31T23:30:00Z');
    expect(deadline(p, {}, '2026-01-10')).toMatchObject({ filed: '2026-01-01', dueDate: '2026-01-31' });
    // Summer time: 22:30 UTC on 30 June is 00:30 on 1 July in Rome; 1 July + 30 = Fri 31 July.
    expect(deadline(buildPratica('2026-06-30T22:30:00Z'), {}, '2026-07-01').dueDate).toBe('2026-07-31');
  });

  it('is overdue the day after the due date, with days left negative', () => {
    // Due 1 April; on 10 April it is 9 days late. Substitute: 1 April + 15 (half of 30) = Thu 16 April.
    const p = buildPratica('2026-03-02', [['taken-in-charge', '2026-03-03']]);
    expect(deadline(p, {}, '2026-04-02')).toMatchObject({ overdue: true, daysLeft: -1 });
    expect(deadline(p, {}, '2026-04-10')).toMatchObject({
      overdue: true,
      daysLeft: -9,
      substituteDueDate: '2026-04-16',
    });
  });
});

describe('deadline: integration request (art. 2 c. 7)', () => {
  const filed = '2026-03-02';
  const taken = ['taken-in-charge', '2026-03-03'] as const;

  it('adds the days until the answer', () => {
    // Requested 12 March, answered 20 March: 8 days. 1 April + 8 = Thu 9 April.
    const p = buildPratica(filed, [
      [...taken],
      ['integration-requested', '2026-03-12'],
      ['integrated', '2026-03-20'],
    ]);
    expect(deadline(p, {}, '2026-03-20')).toMatchObject({
      dueDate: '2026-04-09',
      suspendedDays: 8,
      suspendedNow: false,
      daysLeft: 20,
    });
  });

  it('is suspended while the answer is awaited, with the clock frozen', () => {
    // On 12 March 10 days had run (3-12 March), 20 were left. On 20 March, still waiting:
    // 8 days suspended so far; the clock is frozen, so 20 days are still left.
    // If the answer came today the due date would be 9 April; at the latest the suspension
    // ends on 11 April (12 March + 30) and the due date is 1 April + 30 = 1 May → Sat 2 May.
    const p = buildPratica(filed, [[...taken], ['integration-requested', '2026-03-12']]);
    expect(deadline(p, {}, '2026-03-20')).toMatchObject({
      dueDate: '2026-04-09',
      latestDueDate: '2026-05-02',
      suspendedDays: 8,
      suspendedNow: true,
      suspendedSince: '2026-03-12',
      suspensionLatestEnd: '2026-04-11',
      daysLeft: 20,
      status: 'integration_requested',
    });
  });

  it('is capped at 30 days when the answer is late', () => {
    // Answered 30 April, 49 days after: only 30 count. 1 April + 30 = 1 May (holiday) → Sat 2 May.
    const p = buildPratica(filed, [
      [...taken],
      ['integration-requested', '2026-03-12'],
      ['integrated', '2026-04-30'],
    ]);
    expect(deadline(p, {}, '2026-04-30')).toMatchObject({ dueDate: '2026-05-02', suspendedDays: 30 });
  });

  it('restarts after 30 days even without an answer', () => {
    // 12 March + 30 = 11 April: from 12 April the clock runs again. On 20 April: 12 days left to 2 May.
    const p = buildPratica(filed, [[...taken], ['integration-requested', '2026-03-12']]);
    expect(deadline(p, {}, '2026-04-20')).toMatchObject({
      dueDate: '2026-05-02',
      suspendedDays: 30,
      suspendedNow: false,
      daysLeft: 12,
    });
    // On 11 April itself the cap is reached: the suspension has ended.
    expect(deadline(p, {}, '2026-04-11').suspendedNow).toBe(false);
  });

  it('suspends only once: a later request does not stop the clock', () => {
    // First request 12-20 March (8 days); the second, 25 March - 5 April, adds nothing: still 9 April.
    const p = buildPratica(filed, [
      [...taken],
      ['integration-requested', '2026-03-12'],
      ['integrated', '2026-03-20'],
      ['integration-requested', '2026-03-25'],
      ['integrated', '2026-04-05'],
    ]);
    expect(deadline(p, {}, '2026-04-05')).toMatchObject({ dueDate: '2026-04-09', suspendedDays: 8 });
  });
});

describe('deadline: preavviso di rigetto (art. 10-bis)', () => {
  const filed = '2026-03-02';
  const taken = ['taken-in-charge', '2026-03-03'] as const;

  it('without observations, restarts 10 days after the notice', () => {
    // Notice 20 March (18 days run, 12 left); the clock runs again after 30 March: 31 March + 11 = Sat 11 April.
    const p = buildPratica(filed, [[...taken], ['preavviso', '2026-03-20']]);
    expect(deadline(p, {}, '2026-04-01')).toMatchObject({
      dueDate: '2026-04-11',
      suspendedDays: 10,
      suspendedNow: false,
      daysLeft: 10,
    });
  });

  it('with observations, restarts 10 days after them', () => {
    // Observations 25 March: suspended 20 March - 4 April, 15 days. 1 April + 15 = Thu 16 April.
    const p = buildPratica(filed, [[...taken], ['preavviso', '2026-03-20'], ['observations', '2026-03-25']]);
    expect(deadline(p, {}, '2026-04-05')).toMatchObject({ dueDate: '2026-04-16', suspendedDays: 15 });
    expect(deadline(p, {}, '2026-03-26')).toMatchObject({
      suspendedNow: true,
      suspendedSince: '2026-03-20',
      suspensionLatestEnd: '2026-04-04',
      suspendedDays: 6,
    });
  });

  it('while the 10 days run, the suspension may last up to 20 days', () => {
    // On 22 March, no observations yet: at least until 30 March (due 11 April), at most until
    // 9 April if observations come on 30 March (1 April + 20 = Tue 21 April).
    const p = buildPratica(filed, [[...taken], ['preavviso', '2026-03-20']]);
    expect(deadline(p, {}, '2026-03-22')).toMatchObject({
      dueDate: '2026-04-11',
      latestDueDate: '2026-04-21',
      suspendedDays: 2,
      suspendedNow: true,
      suspendedSince: '2026-03-20',
      suspensionLatestEnd: '2026-04-09',
      daysLeft: 20,
      status: 'refusal_notice',
    });
    // 30 March is the last day for observations: still suspended; on 31 March the clock runs.
    expect(deadline(p, {}, '2026-03-30').suspendedNow).toBe(true);
    expect(deadline(p, {}, '2026-03-31').suspendedNow).toBe(false);
  });

  it('ignores observations sent after the 10 days', () => {
    // Observations 2 April, after the window closed on 30 March: still due 11 April.
    const p = buildPratica(filed, [[...taken], ['preavviso', '2026-03-20'], ['observations', '2026-04-02']]);
    expect(deadline(p, {}, '2026-04-02').dueDate).toBe('2026-04-11');
  });

  it('ends the suspension with the decision', () => {
    // Preavviso 20 March, positive decision 22 March: 2 days suspended, due 3 April, ended in time.
    const p = buildPratica(filed, [
      [...taken],
      ['preavviso', '2026-03-20'],
      ['concluded', '2026-03-22', { outcome: 'positive', reason: 'Osservazioni d’ufficio accolte' }],
    ]);
    expect(deadline(p, {}, '2026-03-30')).toMatchObject({
      dueDate: '2026-04-03',
      suspendedDays: 2,
      suspendedNow: false,
      endedOn: '2026-03-22',
      daysLeft: null,
      overdue: false,
      substituteDueDate: null,
      status: 'ended_by_positive_outcome',
      statusReason: 'decision',
    });
  });

  it('sent on the moved last day, gives the office until the clock restarts', () => {
    // Filed 6 Feb: day 30 is Sun 8 March, so the term ends Mon 9 March. A preavviso that day
    // leaves no running day: the term ends when the clock restarts, 19 March (not 18).
    const p = buildPratica('2026-02-06', [
      ['taken-in-charge', '2026-02-09'],
      ['preavviso', '2026-03-09'],
    ]);
    expect(deadline(p, {}, '2026-03-20')).toMatchObject({ dueDate: '2026-03-19', suspendedDays: 10 });
  });
});

describe('deadline: both suspensions in one pratica', () => {
  it('adds them one after the other', () => {
    // Integration 5-10 March (5 days) + preavviso 20 March with observations 29 March
    // (suspended to 8 April, 19 days) = 24: 1 April + 24 = Sat 25 April (Liberazione),
    // Sunday 26 → Mon 27 April.
    const p = buildPratica('2026-03-02', [
      ['taken-in-charge', '2026-03-03'],
      ['integration-requested', '2026-03-05'],
      ['integrated', '2026-03-10'],
      ['preavviso', '2026-03-20'],
      ['observations', '2026-03-29'],
    ]);
    expect(deadline(p, {}, '2026-04-10')).toMatchObject({ dueDate: '2026-04-27', suspendedDays: 24 });
  });

  it('counts overlapping days once', () => {
    // Preavviso 10 March, observations 12 March (suspended to 22 March); integration requested
    // 15 March, answered 25 March. Union: 10-25 March = 15 days, not 12 + 10.
    // 1 April + 15 = Thu 16 April.
    const p = buildPratica('2026-03-02', [
      ['taken-in-charge', '2026-03-03'],
      ['preavviso', '2026-03-10'],
      ['observations', '2026-03-12'],
      ['integration-requested', '2026-03-15'],
      ['integrated', '2026-03-25'],
    ]);
    expect(deadline(p, {}, '2026-03-26')).toMatchObject({ dueDate: '2026-04-16', suspendedDays: 15 });
  });
});

describe('deadline: substitute official (art. 2 c. 9-bis, 9-ter)', () => {
  it('gives half the original term from the missed due date, moved to a working day', () => {
    // Integration capped at 30 days → due Sat 2 May. + 15 = Sun 17 May → Mon 18 May.
    const p = buildPratica('2026-03-02', [
      ['taken-in-charge', '2026-03-03'],
      ['integration-requested', '2026-03-12'],
    ]);
    expect(deadline(p, {}, '2026-05-04')).toMatchObject({
      overdue: true,
      daysLeft: -2,
      substituteDueDate: '2026-05-18',
    });
  });

  it('rounds half an odd term up', () => {
    // Term 45: 2 March + 45 = Thu 16 April; + 23 (22.5 rounded up) = Sat 9 May.
    const p = buildPratica('2026-03-02', [], { termDays: 45 });
    expect(deadline(p, {}, '2026-04-20')).toMatchObject({
      dueDate: '2026-04-16',
      substituteDueDate: '2026-05-09',
    });
  });

  it("lets a late preavviso suspend the substitute's term, not the missed one", () => {
    // Due 1 April; preavviso 5 April (already late). The substitute's 15 days end 16 April,
    // plus 10 days of suspension = Sun 26 April → Mon 27 April.
    const p = buildPratica('2026-03-02', [
      ['taken-in-charge', '2026-03-03'],
      ['preavviso', '2026-04-05'],
    ]);
    expect(deadline(p, {}, '2026-04-20')).toMatchObject({
      dueDate: '2026-04-01',
      overdue: true,
      substituteDueDate: '2026-04-27',
    });
  });

  it('still names the substitute date when the decision came late', () => {
    const p = buildPratica('2026-03-02', [
      ['taken-in-charge', '2026-03-03'],
      ['concluded', '2026-04-05', { outcome: 'positive' }],
    ]);
    expect(deadline(p, {}, '2026-04-10')).toMatchObject({
      overdue: false,
      endedOn: '2026-04-05',
      substituteDueDate: '2026-04-16',
    });
  });
});

describe('deadline: silenzio-assenso (art. 20)', () => {
  it('accepts the pratica the day after the due date', () => {
    // Due 1 April: on 1 April still open (0 days left); on 2 April accepted by silence.
    const p = buildPratica('2026-03-02', [['taken-in-charge', '2026-03-03']], { silenzioAssenso: true });
    expect(deadline(p, {}, '2026-04-01')).toMatchObject({
      status: 'in_charge',
      daysLeft: 0,
      silenzioAssensoDate: '2026-04-02',
      substituteDueDate: null,
    });
    expect(deadline(p, {}, '2026-04-10')).toMatchObject({
      status: 'ended_by_positive_outcome',
      statusReason: 'silenzio-assenso',
      endedOn: '2026-04-02',
      overdue: false,
      daysLeft: null,
      substituteDueDate: null,
    });
  });

  it('counts from the moved due date', () => {
    // Filed 6 March: due Tue 7 April (after Easter Monday); accepted Wed 8 April.
    const p = buildPratica('2026-03-06', [], { silenzioAssenso: true });
    expect(deadline(p, {}, '2026-04-07').status).toBe('presented');
    expect(deadline(p, {}, '2026-04-08')).toMatchObject({
      silenzioAssensoDate: '2026-04-08',
      endedOn: '2026-04-08',
    });
  });

  it('does not apply once a decision came in time', () => {
    const p = buildPratica(
      '2026-03-02',
      [
        ['taken-in-charge', '2026-03-03'],
        ['concluded', '2026-03-20', { outcome: 'positive' }],
      ],
      { silenzioAssenso: true },
    );
    expect(deadline(p, {}, '2026-05-01')).toMatchObject({
      silenzioAssensoDate: null,
      statusReason: 'decision',
    });
  });
});

describe('deadline: reading the past', () => {
  it('ignores events after now', () => {
    const p = buildPratica('2026-03-02', [
      ['taken-in-charge', '2026-03-03'],
      ['integration-requested', '2026-03-12'],
      ['integrated', '2026-03-20'],
    ]);
    expect(deadline(p, {}, '2026-03-10')).toMatchObject({ status: 'in_charge', dueDate: '2026-04-01' });
  });
});
