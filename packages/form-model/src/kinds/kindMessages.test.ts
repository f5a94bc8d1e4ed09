import { describe, expect, it } from 'vitest';
import { lintModule } from '../lint/lintModule';
import { formatError } from '../messages/formatError';
import { makeModule } from '../testing/makeModule';
import type { Module } from '../types';
import { validateSubmission } from '../validateSubmission';
import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';
import { builtInKinds, createRegistry } from './registry';

/** A Comune's kind that brings its own messages and lint rule: a cadastral parcel (particella). */
const particella: FieldKind = {
  kind: 'particella',
  label: { it: 'Particella catastale', en: 'Cadastral parcel' },
  category: 'identity',
  defaults: { label: { it: 'Particella' }, props: { foglio: '' } },
  propsSchema: closedProps({ foglio: { type: 'string', description: 'The sheet (foglio) of the parcel.' } }),
  hasValue: true,
  messages: {
    invalid_format: {
      it: (p) => `${p.name}: scrivi il numero della particella, solo cifre (es. 123)`,
      en: (p) => `${p.name} must be the parcel number, digits only (e.g. 123)`,
    },
    sheet_missing: {
      it: (p) => `la particella "${String(p.id)}" non dice in quale foglio catastale si trova`,
      en: (p) => `parcel "${String(p.id)}" does not say which cadastral sheet it is on`,
    },
  },
  lint: (field) =>
    field.props?.foglio ? [] : [{ severity: 'warning', code: 'sheet_missing', property: 'foglio' }],
  toJsonSchema: () => ({ type: 'string', pattern: '^[0-9]{1,5}$' }),
  toUiSchema: () => ({ 'ui:kind': 'particella' }),
  sample: () => '123',
};
const registry = createRegistry([...builtInKinds, particella]);

const m: Module = makeModule([
  {
    id: 'terreno',
    title: { it: 'Terreno' },
    fields: [{ id: 'part', kind: 'particella', label: { it: 'Particella', en: 'Parcel' }, props: {} }],
  },
]);

describe('a kind owns its messages and lint rules', () => {
  it("renders a wrong answer with the kind's message, in both languages", () => {
    const [error] = validateSubmission(m, { part: '12a' }, { registry });
    expect(error).toMatchObject({
      path: '/part',
      code: 'invalid_format',
      message: '«Particella»: scrivi il numero della particella, solo cifre (es. 123).',
      messageEn: '"Parcel" must be the parcel number, digits only (e.g. 123).',
      params: { field: 'part', kind: 'particella' },
    });
  });

  it("runs the kind's lint rule and words it with the kind's message", () => {
    const finding = lintModule(m, { registry }).find((f) => f.code === 'sheet_missing');
    expect(finding).toMatchObject({
      severity: 'warning',
      subject: 'part',
      property: 'foglio',
      path: '/steps/0/fields/0/foglio',
      message: 'La particella "part" non dice in quale foglio catastale si trova.',
    });
    expect(formatError(finding!, 'en', { registry })).toBe(
      'Parcel "part" does not say which cadastral sheet it is on.',
    );
  });

  it('keeps the built-in messages of the built-in kinds (codice fiscale: shape and check letter)', () => {
    const cf: Module = makeModule([
      {
        id: 'a',
        title: { it: 'A' },
        fields: [{ id: 'cf', kind: 'codice-fiscale', label: { it: 'Codice fiscale', en: 'Tax code' } }],
      },
    ]);
    const [shape] = validateSubmission(cf, { cf: 'rssmra' });
    expect(shape?.messageEn).toBe('"Tax code" is not a valid codice fiscale (check letter or digits).');
    // What a validator that ignores formats reports: the pattern's message.
    const patternOnly = { ...shape!, params: { ...shape!.params, keyword: 'pattern' } };
    expect(formatError(patternOnly, 'en')).toBe(
      '"Tax code" is not a codice fiscale (16 upper-case characters or 11 digits).',
    );
    const [check] = validateSubmission(cf, { cf: 'RSSMRA85T10A562T' });
    expect(check?.message).toBe(
      '«Codice fiscale»: il codice fiscale non è valido: controlla i caratteri e la lettera finale.',
    );
  });
});
