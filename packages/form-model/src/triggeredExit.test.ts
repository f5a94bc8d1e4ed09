import { describe, expect, it } from 'vitest';
import { parseModule } from './parseModule';
import { caseModule } from './testing/caseModules';
import { exitCases, exitModule } from './testing/exitCases';
import { triggeredExit } from './triggeredExit';
import { validateSubmission } from './validateSubmission';

describe('triggeredExit: the exit cases (the server runs the same)', () => {
  it('the case module parses (format 3)', () => {
    const r = parseModule(JSON.parse(JSON.stringify(exitModule)));
    expect(r.ok ? 'ok' : r.error).toBe('ok');
  });

  for (const c of exitCases) {
    it(c.name, () => {
      // Valid but for the exits: the compiled schema refuses exactly the answers reaching one
      // (each exit reached is one error; triggeredExit names the first).
      const codes = new Set(validateSubmission(exitModule, c.answers).map((e) => e.code));
      expect([...codes]).toEqual(c.exitId ? ['ineligible'] : []);
      const found = triggeredExit(exitModule, c.answers);
      expect(found?.exit.id).toBe(c.exitId);
      expect(found?.stepId).toBe(c.stepId);
    });
  }

  it('a hidden step’s exit does not trigger, even on a stale answer', () => {
    expect(triggeredExit(exitModule, { residente: true, tipo: 'affitto', isee: 9000000 })).toBeUndefined();
  });

  it('every exit of the case module is reached by some case', () => {
    const reached = new Set(exitCases.map((c) => c.exitId));
    const exits = [...(exitModule.exits ?? []), ...exitModule.steps.flatMap((s) => s.exits ?? [])];
    for (const exit of exits) expect(reached).toContain(exit.id);
  });

  it('returns the exit itself, with its message and link', () => {
    const found = triggeredExit(exitModule, { residente: false, tipo: 'affitto' });
    expect(found?.exit.link?.url).toBe('https://www.example.it/comuni');
    expect(found?.exit.message.it).toContain('Comune in cui risiedi');
  });
});

describe('triggeredExit reads only shown answers, as the compiled schema does', () => {
  // "not a tenant" stops the citizen, but the question is asked only of those renting.
  const m = caseModule(
    'uscita-nascosta',
    [
      {
        id: 'casa',
        title: { it: 'Casa' },
        fields: [
          { id: 'affitto', kind: 'yes-no', label: { it: 'Sei in affitto?' }, required: true },
          {
            id: 'contratto',
            kind: 'yes-no',
            label: { it: 'Il contratto è registrato?' },
            condition: { field: 'affitto', op: 'equals', value: true },
          },
        ],
      },
    ],
    {},
    {
      exits: [
        {
          id: 'nonRegistrato',
          when: { not: { field: 'contratto', op: 'equals', value: true } },
          title: { it: 'Contratto non registrato' },
          message: { it: 'Serve un contratto registrato.' },
        },
      ],
    },
  );

  it('does not trigger on a `not` over a hidden field, and agrees with validateSubmission', () => {
    for (const [answers, exitId] of [
      [{ affitto: false }, undefined],
      [{ affitto: true, contratto: false }, 'nonRegistrato'],
      [{ affitto: true }, 'nonRegistrato'],
      [{ affitto: true, contratto: true }, undefined],
    ] as const) {
      expect(triggeredExit(m, answers)?.exit.id, JSON.stringify(answers)).toBe(exitId);
      const codes = validateSubmission(m, answers).map((e) => e.code);
      expect(codes.includes('ineligible'), JSON.stringify(answers)).toBe(exitId !== undefined);
    }
  });

  it('ignores a stale hidden answer', () => {
    expect(triggeredExit(m, { affitto: false, contratto: false })).toBeUndefined();
  });
});
