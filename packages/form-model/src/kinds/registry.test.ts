import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import type { JsonSchema } from '../jsonSchema';
import { propProblems } from '../props/checkFieldProps';
import { sampleSubmission } from '../sampleSubmission';
import { makeModule } from '../testing/makeModule';
import type { Field } from '../types';
import { validateSubmission } from '../validateSubmission';
import type { FieldKind } from './FieldKind';
import { builtInKinds, getFieldKind, listFieldKinds } from './registry';

/** A field of `kind` as the designer creates it: the kind's defaults. */
function newField(kind: FieldKind, id: string, required: boolean): Field {
  return {
    id,
    kind: kind.kind,
    label: kind.defaults.label,
    props: kind.defaults.props,
    fields: kind.defaults.fields,
    required,
  };
}

const CONTRACT = [
  'short-text',
  'long-text',
  'number',
  'amount',
  'date',
  'yes-no',
  'single-choice',
  'multiple-choice',
  'email',
  'pec',
  'phone',
  'codice-fiscale',
  'partita-iva',
  'iban',
  'cap',
  'address',
  'attachment',
  'privacy-consent',
  'info-text',
  'group',
  'repeatable',
];

describe('field kind registry', () => {
  it('registers every kind of FIELD_KINDS.md once', () => {
    expect([...builtInKinds.map((k) => k.kind)].sort()).toEqual([...CONTRACT].sort());
    for (const kind of CONTRACT) expect(getFieldKind(kind)?.kind).toBe(kind);
  });

  it('gives every kind a closed, documented propsSchema that its defaults satisfy', () => {
    const problems = listFieldKinds().flatMap((kind) => {
      const { properties, additionalProperties } = kind.propsSchema as {
        properties?: Record<string, JsonSchema>;
        additionalProperties?: unknown;
      };
      const undocumented = Object.entries(properties ?? {})
        .filter(([, schema]) => typeof schema.description !== 'string')
        .map(([name]) => `${kind.kind}: "${name}" has no description`);
      return [
        ...(additionalProperties === false ? [] : [`${kind.kind}: propsSchema is not closed`]),
        ...undocumented,
        ...propProblems(newField(kind, 'campo', false), kind).map((p) => `${kind.kind}: ${p.message}`),
      ];
    });
    expect(problems).toEqual([]);
  });

  describe.each(listFieldKinds().map((k) => [k.kind, k] as const))('%s', (_name, kind) => {
    it.each([true, false])('sample() validates when required is %s', (required) => {
      const m = makeModule([
        { id: 'dati', title: { it: 'Dati' }, fields: [newField(kind, 'campo', required)] },
      ]);
      const data = sampleSubmission(m);
      expect(validateSubmission(m, data)).toEqual([]);
      if (kind.hasValue) expect(data).toHaveProperty('campo');
    });

    it('compiles to plain JSON with ui:kind and an Italian and English label', () => {
      const m = makeModule([{ id: 'dati', title: { it: 'Dati' }, fields: [newField(kind, 'campo', true)] }]);
      const compiled = compile(m);
      // No nested `undefined`: the schema must survive JSON as it is.
      expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
      expect(compiled.uiSchema.campo).toMatchObject({ 'ui:kind': kind.kind });
      expect(kind.label.it).toBeTruthy();
      expect(kind.label.en).toBeTruthy();
    });
  });

  it('samples every value kind inside a group and a repeatable', () => {
    const leaves = listFieldKinds()
      .filter((k) => !k.container)
      .map((k, i) => newField(k, `f${i}`, true));
    const m = makeModule([
      {
        id: 'dati',
        title: { it: 'Dati' },
        fields: [
          { ...newField(getFieldKind('group')!, 'sezione', true), fields: leaves },
          { ...newField(getFieldKind('repeatable')!, 'elenco', true), fields: leaves },
        ],
      },
    ]);
    const data = sampleSubmission(m);
    expect(validateSubmission(m, data)).toEqual([]);
    // Portable: a plain 2020-12 validator that ignores the Italian formats agrees.
    const plain = new Ajv2020({ strict: false, validateFormats: false }).compile(compile(m).schema);
    expect(plain(data)).toBe(true);
  });
});
