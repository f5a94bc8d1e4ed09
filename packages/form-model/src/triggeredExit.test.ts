import { describe, expect, it } from 'vitest';
import { parseModule } from './parseModule';
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
      // Valid but for the exit: once exits compile, the only error left is `ineligible`.
      const codes = validateSubmission(exitModule, c.answers).map((e) => e.code);
      expect(codes.filter((code) => code !== 'ineligible')).toEqual([]);
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
