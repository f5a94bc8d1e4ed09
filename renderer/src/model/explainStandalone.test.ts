import { describe, expect, it } from 'vitest';
import { moduleValidator, sampleSubmission, validateSubmission } from '@modulo/form-model';
import { sampleModule } from '../testing/sampleModules';
import type { AjvFunction } from './explainStandalone';
import { explainStandalone } from './explainStandalone';
import { explainAjv } from './loadValidator';

// One set of cases, judged by the in-page validation (validateSubmission) and by a bare Ajv
// function (form-model's own, compiled like the server's standalone validator.js).
const names = ['disservizio', 'mensa', 'contributo'] as const;

function cases(m: ReturnType<typeof sampleModule>): [string, Record<string, unknown>][] {
  const sample = sampleSubmission(m) as Record<string, unknown>;
  const out: [string, Record<string, unknown>][] = [
    ['valid', sample],
    ['empty', {}],
  ];
  for (const [id, v] of Object.entries(sample)) {
    if (typeof v === 'string') out.push([`${id} malformed`, { ...sample, [id]: '§' }]);
    const { [id]: _, ...rest } = sample;
    out.push([`${id} missing`, rest]);
  }
  return out;
}

describe('explainStandalone', () => {
  for (const name of names) {
    const m = sampleModule(name);
    const fn = moduleValidator(m) as unknown as AjvFunction;
    const validate = explainStandalone(fn, m);
    it(`${name}: gives the in-page validation's errors and messages`, () => {
      let invalid = 0;
      for (const [label, data] of cases(m)) {
        const expected = validateSubmission(m, data)
          .filter((e) => e.code !== 'ineligible')
          .map(({ path, code, message, messageEn }) => ({ path, code, message, messageEn }));
        if (expected.length) invalid++;
        expect(validate(data, 'it'), `${name}: ${label}`).toEqual(expected);
      }
      expect(invalid).toBeGreaterThan(3);
    });
  }

  it('says what is wrong where the generic explanation could not', () => {
    const m = sampleModule('disservizio');
    const fn = moduleValidator(m) as unknown as AjvFunction;
    const data = { ...(sampleSubmission(m) as Record<string, unknown>), codiceFiscale: 'RSSMRA85T10A562X' };
    fn(data);
    const generic = (fn.errors ?? []).map((e) => explainAjv(e)).find((e) => e.path === '/codiceFiscale');
    expect(generic?.message).toMatch(/formato non è valido/);
    const own = explainStandalone(fn, m)(data, 'it').find((e) => e.path === '/codiceFiscale');
    expect(own?.message).toMatch(/lettera finale/);
  });
});
