import { describe, expect, it } from 'vitest';
import { applyEvent } from './applyEvent';
import { deadline } from './deadline';
import { deadlineFromCaseFile } from './deadlineFromCaseFile';
import { praticaState } from './praticaState';
import { buildPratica } from './testPratica';
import { timeline } from './timeline';
import type { PraticaEvent } from './types';

describe('an integration request or a preavviso takes the pratica in charge (art. 2 c. 7, art. 10-bis)', () => {
  it('integration request on a pratica just presented: in charge and suspended in one step', () => {
    // Filed Mon 2 March 2026; request on 5 March, answered 13 March: 8 days suspended, due 1 → 9 April.
    const p = buildPratica('2026-03-02', [
      ['integration-requested', '2026-03-05', { by: 'Anna Verdi', reason: 'Manca la planimetria' }],
    ]);
    const state = praticaState(p.events);
    expect(state).toMatchObject({
      inCharge: true,
      responsible: 'Anna Verdi',
      status: 'integration_requested',
    });
    const answered = applyEvent(p, { type: 'integrated', at: '2026-03-13', by: 'richiedente' }, {});
    expect(answered.ok).toBe(true);
    if (!answered.ok) return;
    expect(deadline(answered.value, {}, '2026-03-20')).toMatchObject({
      dueDate: '2026-04-09',
      suspendedDays: 8,
    });
    // The office can then conclude without a separate taking in charge.
    const done = applyEvent(
      answered.value,
      { type: 'concluded', at: '2026-03-20', by: 'Anna Verdi', outcome: 'positive', reason: 'Requisiti ok' },
      {},
    );
    expect(done.ok).toBe(true);
  });

  it('preavviso on a pratica just presented: in charge, 10 days for observations', () => {
    const p = buildPratica('2026-03-02', [
      ['preavviso', '2026-03-10', { by: 'Anna Verdi', reason: 'Requisiti' }],
    ]);
    expect(praticaState(p.events)).toMatchObject({ inCharge: true, status: 'refusal_notice' });
    // Suspended 10 → 20 March: due 1 April + 10 = Sat 11 April.
    expect(deadline(p, {}, '2026-03-25').dueDate).toBe('2026-04-11');
    const tl = timeline(p, {}, '2026-03-12');
    expect(tl.responsible).toMatchObject({ role: 'responsabile', name: 'Anna Verdi' });
    // A negative outcome after the 10 days is lawful.
    const no: PraticaEvent = {
      type: 'concluded',
      at: '2026-03-21',
      by: 'Anna Verdi',
      outcome: 'negative',
      reason: 'x',
    };
    expect(applyEvent(p, no, {}).ok).toBe(true);
  });

  it('pnpm modulo deadline accepts a case file from another protocol system without taking charge', () => {
    const r = deadlineFromCaseFile(
      {
        filed: '2026-03-02',
        events: [{ type: 'integration-requested', at: '2026-03-05', by: 'Protocollo' }],
      },
      '2026-03-10',
    );
    expect(r).toMatchObject({ ok: true, value: { status: 'integration_requested', suspendedNow: true } });
  });

  it('still refuses taking charge after such a request', () => {
    const p = buildPratica('2026-03-02', [['integration-requested', '2026-03-05']]);
    const r = applyEvent(p, { type: 'taken-in-charge', at: '2026-03-06', by: 'Ufficio' }, {});
    expect(r).toMatchObject({ ok: false, error: { code: 'already_in_charge' } });
  });
});

describe('the substitute on the citizen’s request (art. 2 c. 9-ter)', () => {
  // Filed Mon 2 March 2026, 30 days: due Wed 1 April; the alert is 1 April + 15 = Thu 16 April.
  const filed = '2026-03-02';
  const inCharge = () => buildPratica(filed, [['taken-in-charge', '2026-03-03']]);

  it('is refused before the term has passed', () => {
    const r = applyEvent(
      inCharge(),
      { type: 'substitute-requested', at: '2026-04-01', by: 'RSSMRA80A01H501U' },
      {},
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'term_not_expired' } });
    if (!r.ok) expect(r.error.message).toContain('1 aprile 2026');
  });

  it('counts the half term from the request; the escalation alert stays on the missed due date', () => {
    const p = buildPratica(filed, [
      ['taken-in-charge', '2026-03-03'],
      ['substitute-requested', '2026-04-20', { by: 'RSSMRA80A01H501U' }],
    ]);
    // 20 April + 15 = Tue 5 May.
    expect(deadline(p, {}, '2026-04-21')).toMatchObject({
      dueDate: '2026-04-01',
      overdue: true,
      substituteRequestedOn: '2026-04-20',
      substituteDueDate: '2026-05-05',
      escalationDate: '2026-04-16',
    });
    // Before the request the substitute's date is the alert.
    expect(deadline(p, {}, '2026-04-10')).toMatchObject({
      substituteDueDate: '2026-04-16',
      substituteRequestedOn: null,
    });
    expect(timeline(p, {}, '2026-04-21').answerDueBy).toBe('2026-05-05');
  });

  it('moves the substitute’s due date to a working day', () => {
    // Request on Sat 11 April 2026: + 15 = Sun 26 April → Mon 27 April.
    const p = buildPratica(filed, [
      ['taken-in-charge', '2026-03-03'],
      ['substitute-requested', '2026-04-11'],
    ]);
    expect(deadline(p, {}, '2026-04-12').substituteDueDate).toBe('2026-04-27');
  });

  it('is asked once, and the substitute concludes', () => {
    const p = buildPratica(filed, [
      ['taken-in-charge', '2026-03-03'],
      ['substitute-requested', '2026-04-20'],
    ]);
    const again = applyEvent(p, { type: 'substitute-requested', at: '2026-04-22', by: 'x' }, {});
    expect(again).toMatchObject({ ok: false, error: { code: 'substitute_already_requested' } });
    const done = applyEvent(
      p,
      { type: 'concluded', at: '2026-04-30', by: 'Sostituto', outcome: 'positive', reason: 'Accolta' },
      {},
    );
    expect(done.ok).toBe(true);
  });

  it('is refused once silence has accepted the pratica', () => {
    const p = buildPratica(filed, [['taken-in-charge', '2026-03-03']], { silenzioAssenso: true });
    const r = applyEvent(p, { type: 'substitute-requested', at: '2026-04-10', by: 'x' }, {});
    expect(r).toMatchObject({ ok: false, error: { code: 'accepted_by_silence' } });
  });
});
