import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { exitCases, exitModule } from './testing/exitCases';
import { triggeredExit } from './triggeredExit';
import { validateSubmission } from './validateSubmission';
import { createAjv } from './validateSubmission';

describe('exits compile into the schema (the exit cases)', () => {
  const { schema } = compile(exitModule);
  // A plain 2020-12 validator, no Modulo code: the schema alone refuses an exit.
  const plain = createAjv().compile(schema);

  for (const c of exitCases) {
    it(c.name, () => {
      expect(plain(c.answers)).toBe(c.exitId === undefined);
      const errors = validateSubmission(exitModule, c.answers);
      expect(errors.filter((e) => e.code !== 'ineligible')).toEqual([]);
      expect(errors[0]?.params?.exitId).toBe(c.exitId);
      expect(errors[0]?.params?.stepId).toBe(c.stepId);
      expect(triggeredExit(exitModule, c.answers)?.exit.id).toBe(c.exitId);
    });
  }

  it('reports the exit with its Italian message, an English one without Italian text, and the link', () => {
    const [error, ...rest] = validateSubmission(exitModule, { residente: false, tipo: 'affitto' });
    expect(rest).toEqual([]);
    expect(error).toEqual({
      path: '',
      code: 'ineligible',
      message: 'Chiedi il contributo al Comune in cui risiedi.',
      // The exit has no English title or message: the English says so by id, in English only.
      messageEn: 'This procedure is not available for these answers (exit "nonResidente").',
      params: {
        exitId: 'nonResidente',
        title: 'Il servizio è per i residenti',
        link: 'https://www.example.it/comuni',
        exitTitle: { it: 'Il servizio è per i residenti' },
        exitMessage: { it: 'Chiedi il contributo al Comune in cui risiedi.' },
      },
    });
  });

  it('reports every exit reached, the module’s first', () => {
    const errors = validateSubmission(exitModule, { residente: false, tipo: 'reddito', isee: 2000000 });
    expect(errors.map((e) => e.params?.exitId)).toEqual(['nonResidente', 'iseeAlto']);
  });

  it('a hidden step’s exit does not trigger: its answer is refused as hidden instead', () => {
    const errors = validateSubmission(exitModule, { residente: true, tipo: 'affitto', isee: 9000000 });
    expect(errors.map((e) => [e.path, e.code])).toEqual([['/isee', 'not_allowed']]);
  });

  it('writes each exit once under $defs', () => {
    expect(Object.keys(schema.$defs as object)).toEqual(
      expect.arrayContaining(['exit-nonResidente', 'exit-step-reddito-iseeAlto', 'visible-step-reddito']),
    );
    expect(schema.allOf).toContainEqual({ not: { $ref: '#/$defs/exit-nonResidente' } });
  });
});
