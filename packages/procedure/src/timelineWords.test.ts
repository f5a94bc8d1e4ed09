import { describe, expect, it } from 'vitest';
import { timeline } from './timeline';
import { buildPratica } from './testPratica';

// Every event type once, and a term that lapses: the English page tells the same story.
const p = buildPratica('2026-03-02T09:00:00+01:00', [
  ['taken-in-charge', '2026-03-03', { by: 'Mario Rossi' }],
  ['integration-requested', '2026-03-04', { reason: 'Copia del documento' }],
  ['integrated', '2026-03-06'],
  ['reassigned', '2026-03-09', { to: 'Anna Verdi' }],
  ['preavviso', '2026-03-10'],
  ['observations', '2026-03-12'],
]);

describe('timeline in English (lang "en")', () => {
  it('has the same entries, dates, states and dates due as the Italian one, in English words', () => {
    const it_ = timeline(p, {}, '2026-05-20');
    const en = timeline(p, {}, '2026-05-20', 'en');
    expect([it_.lang, en.lang]).toEqual(['it', 'en']);
    const shape = (t: typeof en) => t.entries.map((e) => [e.date, e.status, e.by]);
    expect(shape(en)).toEqual(shape(it_));
    expect([en.answerDueBy, en.citizenActionDueBy, en.status]).toEqual([
      it_.answerDueBy,
      it_.citizenActionDueBy,
      it_.status,
    ]);
    expect(en.entries.map((e) => e.title)).toEqual([
      'Application filed and registered (protocollata)',
      'Application taken in charge',
      'Additional documents requested (richiesta di integrazione)',
      'Additional documents sent',
      'Application reassigned',
      'Notice of refusal (preavviso di rigetto)',
      'Observations sent',
      'Term expired',
    ]);
    // The term lapsed: the substitute answers, named with the law's Italian words.
    expect(en.responsible.label).toMatch(/^Substitute official \(titolare del potere sostitutivo\)/);
    expect(en.entries.at(-1)!.detail).toMatch(/^The term expired on \d+ [A-Z][a-z]+ 2026 without a decision/);
    // No Italian sentence left but the law's names and the office's reasons.
    for (const e of en.entries) expect(`${e.title} ${e.detail}`).not.toMatch(/\b(il|della|entro|è)\b/);
  });

  it('words the other endings and what the citizen may do in English', () => {
    const refused = buildPratica('2026-03-02', [['preavviso', '2026-03-03']]);
    expect(timeline(refused, {}, '2026-03-05', 'en').citizenAction).toBe(
      'You may send written observations, with documents if you wish (art. 10-bis)',
    );
    const withdrawn = timeline(
      buildPratica('2026-03-02', [['withdrawn', '2026-03-03']]),
      {},
      '2026-03-04',
      'en',
    );
    expect(withdrawn.entries.at(-1)!.title).toBe('Application withdrawn');
    expect(withdrawn.statusLabel).toBe('Withdrawn by the applicant');
    expect(withdrawn.responsible.label).toBe('No one: the application is concluded.');
    const concluded = timeline(
      buildPratica('2026-03-02', [
        ['taken-in-charge', '2026-03-03', { by: 'Mario Rossi' }],
        ['concluded', '2026-03-04', { outcome: 'positive' }],
      ]),
      {},
      '2026-03-05',
      'en',
    );
    expect(concluded.entries.at(-1)!.title).toBe('Outcome: accepted');
    expect(concluded.statusLabel).toBe('Concluded: accepted');
  });
});
