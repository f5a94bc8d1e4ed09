import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { isCap } from '../validators/cap';
import { isIban } from '../validators/iban';
import { CAP_PATTERN } from './cap';
import { EMAIL_PATTERN } from './email';
import { IBAN_PATTERN } from './iban';
import { moduleWithField } from './moduleWithField';
import { compile } from '../compile';

// A validator that treats `format` as an annotation, the 2020-12 default: only patterns count.
const annotationOnly = new Ajv2020({ strict: false, validateFormats: false });
const accepts = (kind: string, value: unknown) => {
  const { schema } = compile(moduleWithField(kind, { required: true }));
  return annotationOnly.validate({ ...schema, $id: undefined }, { x: value });
};

describe('patterns carry what a regular expression can', () => {
  it('CAP: the pattern is exactly isCap, on every five-digit string', () => {
    const pattern = new RegExp(CAP_PATTERN);
    for (let n = 0; n <= 99999; n++) {
      const cap = String(n).padStart(5, '0');
      if (pattern.test(cap) !== isCap(cap)) throw new Error(`${cap}: pattern and isCap disagree`);
    }
    expect(pattern.test('00000')).toBe(false);
    expect(pattern.test('99999')).toBe(false);
    expect(pattern.test('00010')).toBe(true);
    expect(pattern.test('98168')).toBe(true);
    expect(accepts('cap', '00000')).toBe(false);
  });

  it('IBAN: an Italian one has exactly 27 characters and its structure', () => {
    const pattern = new RegExp(IBAN_PATTERN);
    expect(pattern.test('IT60X0542811101000000123456')).toBe(true);
    expect(pattern.test('IT60X054281110100000012345')).toBe(false); // 26
    expect(pattern.test('IT60X05428111010000001234567')).toBe(false); // 28
    expect(pattern.test('IT6000542811101000000123456')).toBe(false); // no CIN letter
    expect(pattern.test('DE89370400440532013000')).toBe(true); // 22, Germany's length
    expect(pattern.test('DE8937040044053201300')).toBe(false);
    expect(pattern.test('NO9386011117947')).toBe(true); // a country without a listed length
    expect(accepts('iban', 'IT60X054281110100000012345')).toBe(false);
  });

  it('IBAN: the pattern never refuses what isIban accepts (check digits stay in the format)', () => {
    for (const iban of [
      'IT60X0542811101000000123456',
      'SM86U0322509800000000270100',
      'GB82WEST12345698765432',
    ]) {
      expect(isIban(iban)).toBe(true);
      expect(new RegExp(IBAN_PATTERN).test(iban)).toBe(true);
    }
    // A wrong check digit has the right shape: only the format refuses it.
    expect(new RegExp(IBAN_PATTERN).test('IT61X0542811101000000123456')).toBe(true);
    expect(isIban('IT61X0542811101000000123456')).toBe(false);
  });

  it('e-mail and PEC: "" and obvious non-addresses are refused without the format', () => {
    for (const kind of ['email', 'pec']) {
      expect(accepts(kind, '')).toBe(false);
      expect(accepts(kind, 'mario.rossi@')).toBe(false);
      expect(accepts(kind, '@example.it')).toBe(false);
      expect(accepts(kind, 'mario rossi@example.it')).toBe(false);
      expect(accepts(kind, 'mario.rossi@example')).toBe(false);
      expect(accepts(kind, 'mario.rossi@pec.example.it')).toBe(true);
      expect(accepts(kind, "o'brien+modulo@example.co.uk")).toBe(true);
    }
    expect(new RegExp(EMAIL_PATTERN).test('a@b.it')).toBe(true);
  });
});
