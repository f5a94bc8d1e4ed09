import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { lintModule } from '../lint/lintModule';
import { parseModule } from '../parseModule';
import { sampleSubmission } from '../sampleSubmission';
import { makeModule, text } from '../testing/makeModule';
import { validateSubmission } from '../validateSubmission';
import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';
import { builtInKinds, builtInRegistry, createRegistry, getFieldKind } from './registry';

/** A Comune's own kind: a vehicle plate (targa), as a parking-permit office would add. */
const targa: FieldKind = {
  kind: 'targa',
  label: { it: 'Targa', en: 'Number plate' },
  category: 'identity',
  defaults: { label: { it: 'Targa del veicolo' }, props: {} },
  propsSchema: closedProps({}),
  hasValue: true,
  toJsonSchema: () => ({ type: 'string', pattern: '^[A-Z]{2}[0-9]{3}[A-Z]{2}$' }),
  toUiSchema: () => ({ 'ui:kind': 'targa' }),
  sample: () => 'AB123CD',
};

const doc = makeModule([
  {
    id: 'veicolo',
    title: { it: 'Veicolo' },
    fields: [
      text('nome', { required: true }),
      { id: 'targa', kind: 'targa', label: { it: 'Targa' }, required: true },
    ],
  },
]);

describe('createRegistry', () => {
  const comune = createRegistry([...builtInKinds, targa]);

  it('lets parse, compile, validate, lint and sample use a private kind', () => {
    const parsed = parseModule(doc, { registry: comune });
    expect(parsed.ok).toBe(true);
    const m = parsed.ok ? parsed.value : doc;
    expect(compile(m, { registry: comune }).schema.properties).toMatchObject({
      targa: { type: 'string', title: 'Targa' },
    });
    expect(lintModule(m, { registry: comune }).filter((f) => f.severity === 'error')).toEqual([]);
    const sample = sampleSubmission(m, { registry: comune });
    expect(sample).toEqual({ nome: 'Esempio di risposta', targa: 'AB123CD' });
    expect(validateSubmission(m, sample, { registry: comune })).toEqual([]);
    expect(
      validateSubmission(m, { ...sample, targa: 'ab-123' }, { registry: comune }).map((e) => [
        e.path,
        e.code,
      ]),
    ).toEqual([['/targa', 'invalid_format']]);
  });

  it('refuses the kind without that registry', () => {
    const parsed = parseModule(doc);
    expect(parsed.ok ? undefined : parsed.error).toMatchObject({
      code: 'unknown_kind',
      path: '/steps/0/fields/1/kind',
    });
    expect(() => compile(doc)).toThrow(/unknown field kind "targa"/);
    expect(() => validateSubmission(doc, {})).toThrow(/unknown field kind "targa"/);
    expect(lintModule(doc).map((f) => [f.code, f.subject, f.path])).toContainEqual([
      'unknown_kind',
      'targa',
      '/steps/0/fields/1/kind',
    ]);
  });

  it('leaves the built-in registry as it was', () => {
    expect(getFieldKind('targa')).toBeUndefined();
    expect(builtInRegistry.get('targa')).toBeUndefined();
    expect(builtInRegistry.list().map((k) => k.kind)).toEqual(builtInKinds.map((k) => k.kind));
    expect(comune.list()).toHaveLength(builtInKinds.length + 1);
  });

  it('refuses two kinds of one name', () => {
    expect(() => createRegistry([targa, targa])).toThrow(/already registered: targa/);
    expect(() => comune.register(targa)).toThrow(/already registered/);
  });
});
