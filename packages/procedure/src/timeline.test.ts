import { describe, expect, it } from 'vitest';
import { timeline } from './timeline';
import { buildPratica } from './testPratica';

describe('timeline', () => {
  it('tells the citizen what happened, who is responsible and what to do by when', () => {
    const p = buildPratica('2026-03-02T09:00:00+01:00', [
      ['taken-in-charge', '2026-03-03', { by: 'Mario Rossi' }],
      [
        'integration-requested',
        '2026-03-12',
        { reason: 'Copia del documento di identità', dueBy: '2026-03-27' },
      ],
    ]);
    const t = timeline(p, {}, '2026-03-20');
    expect(t.entries.map((e) => [e.date, e.status, e.title])).toEqual([
      ['2026-03-02', 'presented', 'Istanza presentata e protocollata'],
      ['2026-03-03', 'in_charge', 'Pratica presa in carico'],
      ['2026-03-12', 'integration_requested', 'Richiesta di integrazione'],
    ]);
    expect(t.entries[0]?.detail).toBe(
      'Il termine di 30 giorni per concludere decorre dal giorno successivo (art. 2 L. 241/1990).',
    );
    expect(t.entries[2]?.detail).toMatch(/sospeso fino alla risposta.*Motivo: Copia del documento/);
    expect(t.statusLabel).toBe('Integrazione richiesta');
    expect(t.responsible).toEqual({
      role: 'responsabile',
      name: 'Mario Rossi',
      label: 'Responsabile del procedimento: Mario Rossi',
    });
    expect(t.citizenAction).toBe('Invia le integrazioni richieste: Copia del documento di identità');
    expect(t.citizenActionDueBy).toBe('2026-03-27');
    // Integration 12-20 March so far: 8 days; 1 April + 8 = 9 April.
    expect(t.answerDueBy).toBe('2026-04-09');
  });

  it('names the office before anyone takes charge', () => {
    const t = timeline(buildPratica('2026-03-02'), {}, '2026-03-02');
    expect(t.responsible.role).toBe('office');
    expect(t.citizenAction).toBeNull();
    expect(t.answerDueBy).toBe('2026-04-01');
  });

  it('invites observations during the 10 days of a preavviso, then stops', () => {
    const p = buildPratica('2026-03-02', [
      ['taken-in-charge', '2026-03-03'],
      ['preavviso', '2026-03-20', { reason: 'Manca il requisito di residenza' }],
    ]);
    const during = timeline(p, {}, '2026-03-25');
    expect(during.citizenAction).toMatch(/osservazioni/);
    expect(during.citizenActionDueBy).toBe('2026-03-30');
    expect(during.entries[2]?.detail).toMatch(/^Entro il 30 marzo 2026 puoi presentare osservazioni/);
    expect(timeline(p, {}, '2026-03-31').citizenAction).toBeNull();
  });

  it('hands an overdue pratica to the substitute official', () => {
    const p = buildPratica('2026-03-02', [['taken-in-charge', '2026-03-03']], {
      substitute: 'Segretario generale',
    });
    const t = timeline(p, {}, '2026-04-05');
    expect(t.entries.at(-1)).toMatchObject({
      date: '2026-04-02',
      status: 'in_charge',
      title: 'Termine scaduto',
      by: null,
    });
    expect(t.entries.at(-1)?.detail).toContain(
      'sostitutivo (Segretario generale) deve concludere entro il 16 aprile 2026',
    );
    expect(t.responsible).toMatchObject({ role: 'substitute', name: 'Segretario generale' });
    expect(t.answerDueBy).toBe('2026-04-16');
  });

  it('shows an acceptance by silence as a positive outcome', () => {
    const p = buildPratica('2026-03-02', [['taken-in-charge', '2026-03-03']], { silenzioAssenso: true });
    const t = timeline(p, {}, '2026-04-10');
    expect(t.status).toBe('ended_by_positive_outcome');
    expect(t.statusLabel).toBe('Accolta per silenzio-assenso');
    expect(t.entries.at(-1)).toMatchObject({ date: '2026-04-02', title: 'Accolta per silenzio-assenso' });
    expect(t.responsible.role).toBe('none');
    expect(t.answerDueBy).toBeNull();
  });

  it('places the lapse of the term before a late decision of the same period', () => {
    const p = buildPratica('2026-03-02', [
      ['taken-in-charge', '2026-03-03'],
      ['concluded', '2026-04-05', { outcome: 'positive', reason: 'Requisiti verificati' }],
    ]);
    const t = timeline(p, {}, '2026-04-10');
    expect(t.entries.map((e) => e.title)).toEqual([
      'Istanza presentata e protocollata',
      'Pratica presa in carico',
      'Termine scaduto',
      'Esito positivo',
    ]);
    expect(t.statusLabel).toBe('Conclusa con esito positivo');
  });

  it('says when a second integration request does not suspend, and when observations came late', () => {
    const p = buildPratica('2026-03-02', [
      ['taken-in-charge', '2026-03-03'],
      ['integration-requested', '2026-03-04'],
      ['integrated', '2026-03-05'],
      ['integration-requested', '2026-03-06'],
      ['integrated', '2026-03-07'],
      ['preavviso', '2026-03-08'],
      ['observations', '2026-03-19'],
    ]);
    const t = timeline(p, {}, '2026-03-20');
    expect(t.entries[3]?.detail).toBe('Il termine riprende a decorrere.');
    expect(t.entries[4]?.detail).toMatch(/non sospende il termine/);
    expect(t.entries[5]?.detail).toBe('La documentazione è agli atti.');
    expect(t.entries[7]?.detail).toBe('Presentate oltre i 10 giorni: il termine non resta sospeso.');
  });
});
