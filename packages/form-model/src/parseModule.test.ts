import { describe, expect, it } from 'vitest';
import { closedProps } from './kinds/closedProps';
import { registerFieldKind } from './kinds/registry';
import { parseModule } from './parseModule';
import { serialize } from './serialize';
import { makeModule, text } from './testing/makeModule';
import type { Field } from './types';

describe('parseModule', () => {
  it('accepts a valid module and round-trips it through serialize', () => {
    const m = makeModule([{ id: 'uno', title: { it: 'Uno' }, fields: [text('a', { required: true })] }]);
    const parsed = parseModule(JSON.parse(serialize(m)));
    expect(parsed).toEqual({ ok: true, value: m });
  });

  it('takes the saved text as well: parseModule(serialize(m)) equals m', () => {
    const m = makeModule([{ id: 'uno', title: { it: 'Uno' }, fields: [text('a')] }]);
    expect(parseModule(serialize(m))).toEqual({ ok: true, value: m });
    const broken = parseModule('{"formatVersion": 2,');
    expect(broken.ok ? 'ok' : broken.error.code).toBe('invalid_json');
  });

  it('refuses what is not an object', () => {
    for (const input of [null, 3, '"modulo"', []]) {
      const r = parseModule(input);
      expect(r.ok ? 'ok' : r.error.code).toBe('invalid_module');
    }
  });

  it('names the JSON path of every meta-schema error', () => {
    const m = makeModule() as unknown as Record<string, unknown>;
    const broken = { ...m, version: 'uno', procedure: { ...(m.procedure as object), termDays: 0 } };
    const r = parseModule(broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_module');
    expect(r.error.details?.map((d) => d.path)).toEqual(
      expect.arrayContaining(['/version', '/procedure/termDays']),
    );
  });

  it('refuses an unknown format version and an unknown kind', () => {
    const future = parseModule({ ...makeModule(), formatVersion: 99 });
    expect(future.ok ? 'ok' : future.error.code).toBe('unsupported_format_version');
    const m = makeModule([
      { id: 'uno', title: { it: 'Uno' }, fields: [{ ...text('a'), kind: 'teletrasporto' }] },
    ]);
    const unknown = parseModule(m);
    expect(unknown.ok ? 'ok' : [unknown.error.code, unknown.error.path]).toEqual([
      'unknown_kind',
      '/steps/0/fields/0/kind',
    ]);
  });

  it('refuses duplicated ids and conditions on fields that do not exist', () => {
    const dup = parseModule(
      makeModule([{ id: 'uno', title: { it: 'Uno' }, fields: [text('a'), text('a')] }]),
    );
    expect(dup.ok ? 'ok' : dup.error.code).toBe('duplicate_id');
    const stepClash = parseModule(makeModule([{ id: 'a', title: { it: 'Uno' }, fields: [text('a')] }]));
    expect(stepClash.ok ? 'ok' : stepClash.error.code).toBe('duplicate_id');
    const ghost = parseModule(
      makeModule([
        {
          id: 'uno',
          title: { it: 'Uno' },
          fields: [text('a', { condition: { field: 'zz', op: 'answered' } })],
        },
      ]),
    );
    expect(ghost.ok ? 'ok' : [ghost.error.code, ghost.error.path]).toEqual([
      'unknown_field',
      '/steps/0/fields/0/condition',
    ]);
  });

  it('migrates format 1: string titles, visibleIf, and the law’s default term', () => {
    const v1 = {
      formatVersion: 1,
      id: 'vecchio',
      version: '0.9.0',
      title: 'Modulo vecchio',
      procedure: {
        ...makeModule().procedure,
        description: 'Descrizione.',
        remedies: 'Ricorso al TAR.',
        termDays: undefined,
        silenzioAssenso: undefined,
        selfDeclaration: undefined,
      },
      steps: [
        {
          id: 'uno',
          title: 'Uno',
          fields: [
            { id: 'a', kind: 'short-text', label: 'A' },
            {
              id: 'b',
              kind: 'short-text',
              label: 'B',
              help: 'Aiuto',
              visibleIf: { field: 'a', equals: 'si' },
            },
          ],
        },
      ],
    };
    const json = JSON.parse(JSON.stringify(v1)) as unknown; // drops the undefined keys, as a file would
    const r = parseModule(json);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.formatVersion).toBe(3);
    expect(r.value.title).toEqual({ it: 'Modulo vecchio' });
    expect(r.value.procedure.termDays).toBe(30);
    expect(r.value.procedure.silenzioAssenso).toBe(false);
    expect(r.value.steps[0]?.fields[1]).toEqual({
      id: 'b',
      kind: 'short-text',
      label: { it: 'B' },
      help: { it: 'Aiuto' },
      condition: { field: 'a', op: 'equals', value: 'si' },
    });
  });
});

describe('parseModule on props', () => {
  /** The module with `field` fourth in its first step, as in "steps/0/fields/3". */
  const withField = (field: Field) =>
    makeModule([{ id: 'dati', title: { it: 'Dati' }, fields: [text('a'), text('b'), text('c'), field] }]);
  /** [code, field id, the JSON pointer of the first detail (also the error's `path`)] of a refused module. */
  const refusal = (field: Field) => {
    const r = parseModule(JSON.parse(JSON.stringify(withField(field))));
    if (!r.ok) expect(r.error.path).toBe(r.error.details?.[0]?.path);
    return r.ok ? 'ok' : [r.error.code, r.error.id, r.error.details?.[0]?.path];
  };
  const choice = (values: string[]): Field => ({
    id: 'scelta',
    kind: 'single-choice',
    label: { it: 'Scelta' },
    props: { options: values.map((value) => ({ value, label: { it: value } })) },
  });

  it('refuses a misspelt prop, naming the field, the prop and the ones the kind has', () => {
    const r = parseModule(withField(text('nome', { props: { maxlenght: 10 } })));
    expect(r.ok ? 'ok' : r.error).toEqual({
      code: 'invalid_property',
      message:
        'Il campo "nome" ha una proprietà non valida: la proprietà "maxlenght" non è prevista (ammesse: minLength, maxLength, pattern, placeholder).',
      params: {
        id: 'nome',
        property: 'maxlenght',
        detail: { it: expect.any(String), en: expect.any(String) },
      },
      path: '/steps/0/fields/3/props/maxlenght',
      id: 'nome',
      details: [{ path: '/steps/0/fields/3/props/maxlenght', message: expect.any(String) }],
    });
  });

  it('refuses a prop of the wrong type or out of range', () => {
    expect(refusal(text('nome', { props: { maxLength: 'dieci' } }))).toEqual([
      'invalid_property',
      'nome',
      '/steps/0/fields/3/props/maxLength',
    ]);
    expect(refusal(text('nome', { props: { maxLength: 0 } }))).toEqual([
      'invalid_property',
      'nome',
      '/steps/0/fields/3/props/maxLength',
    ]);
    const file: Field = { id: 'doc', kind: 'attachment', label: { it: 'Doc' }, props: { maxSizeMb: 500 } };
    expect(refusal(file)).toEqual(['invalid_property', 'doc', '/steps/0/fields/3/props/maxSizeMb']);
    const when: Field = { id: 'quando', kind: 'date', label: { it: 'Quando' }, props: { notAfter: 'ieri' } };
    const r = parseModule(withField(when));
    expect(r.ok ? 'ok' : r.error.message).toBe(
      'Il campo "quando" ha una proprietà non valida: la proprietà "notAfter" deve essere "today" o una data valida (AAAA-MM-GG).',
    );
  });

  it('refuses a pattern that is not a regular expression', () => {
    expect(refusal(text('targa', { props: { pattern: '^[A-Z{2}$' } }))).toEqual([
      'invalid_property',
      'targa',
      '/steps/0/fields/3/props/pattern',
    ]);
    expect(refusal(text('targa', { props: { pattern: '^[A-Z]{2}[0-9]{3}$' } }))).toBe('ok');
  });

  it('refuses a lower bound above the upper one, the default included', () => {
    const count: Field = {
      id: 'quanti',
      kind: 'number',
      label: { it: 'Quanti' },
      props: { min: 10, max: 1 },
    };
    expect(refusal(count)).toEqual(['invalid_property', 'quanti', '/steps/0/fields/3/props/max']);
    expect(refusal(text('nome', { props: { minLength: 5, maxLength: 3 } }))).toEqual([
      'invalid_property',
      'nome',
      '/steps/0/fields/3/props/maxLength',
    ]);
    // maxLength is 200 by default: a minimum of 300 could never be met.
    expect(refusal(text('nome', { props: { minLength: 300 } }))).toEqual([
      'invalid_property',
      'nome',
      '/steps/0/fields/3/props/minLength',
    ]);
  });

  it('refuses repeated option values, a bad one, and no options at all', () => {
    expect(refusal(choice(['si', 'no', 'si']))).toEqual([
      'invalid_property',
      'scelta',
      '/steps/0/fields/3/props/options/2/value',
    ]);
    expect(refusal(choice(['sì']))).toEqual([
      'invalid_property',
      'scelta',
      '/steps/0/fields/3/props/options/0/value',
    ]);
    expect(refusal(choice([]))).toEqual(['invalid_property', 'scelta', '/steps/0/fields/3/props/options']);
  });

  it('checks fields inside groups, and props a kind requires even when props are left out', () => {
    const nested: Field = {
      id: 'sezione',
      kind: 'group',
      label: { it: 'Sezione' },
      fields: [text('x'), text('y', { props: { rows: 3 } })],
    };
    expect(refusal(nested)).toEqual(['invalid_property', 'y', '/steps/0/fields/3/fields/1/props/rows']);
    const info: Field = { id: 'nota', kind: 'info-text', label: { it: 'Nota' } };
    expect(refusal(info)).toEqual(['invalid_property', 'nota', '/steps/0/fields/3/props/markdown']);
  });

  it('reports a props problem with the rest of a malformed module as invalid_module', () => {
    const m = { ...withField(text('nome', { props: { maxlenght: 10 } })), version: 'uno' };
    const r = parseModule(m);
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid_module');
    expect(r.ok ? [] : r.error.details?.map((d) => d.path)).toEqual(
      expect.arrayContaining(['/version', '/steps/0/fields/3/props']),
    );
  });

  it('checks a kind registered later against its own propsSchema', () => {
    registerFieldKind({
      kind: 'stelle',
      label: { it: 'Stelle', en: 'Stars' },
      category: 'choice',
      defaults: { label: { it: 'Quante stelle?' }, props: { max: 5 } },
      propsSchema: closedProps({
        max: { type: 'integer', minimum: 1, maximum: 10, description: 'Most stars.' },
      }),
      hasValue: true,
      toJsonSchema: () => ({ type: 'integer', minimum: 1 }),
      toUiSchema: () => ({ 'ui:kind': 'stelle' }),
      sample: () => 1,
    });
    const stars = (props: Record<string, unknown>): Field => ({
      id: 'voto',
      kind: 'stelle',
      label: { it: 'Voto' },
      props,
    });
    expect(refusal(stars({ max: 7 }))).toBe('ok');
    expect(refusal(stars({ max: 70 }))).toEqual(['invalid_property', 'voto', '/steps/0/fields/3/props/max']);
    expect(refusal(stars({ colore: 'oro' }))).toEqual([
      'invalid_property',
      'voto',
      '/steps/0/fields/3/props/colore',
    ]);
  });
});
