import { describe, expect, it } from 'vitest';
import { formatError } from '../messages/formatError';
import { parseModule } from '../parseModule';
import { makeModule, text } from '../testing/makeModule';
import type { Module } from '../types';
import { lintModule } from './lintModule';

const HARD =
  "Il sottoscritto, consapevole delle sanzioni penali previste dall'articolo settantasei del decreto del Presidente della Repubblica, dichiara sotto la propria responsabilità quanto segue.";

/** The value a JSON Pointer (RFC 6901) names in `doc`, or `undefined`. */
function resolve(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], doc);
}

/** A module with something wrong in each place lint looks: fields, steps, kinds, procedure, rules. */
function brokenModule(): Module {
  const m = makeModule([
    {
      id: 'uno',
      title: { it: 'Uno' },
      description: { it: HARD },
      fields: [
        text('nome', { label: { it: ' ' }, help: { it: HARD } }),
        { id: 'info', kind: 'info-text', label: { it: 'Info' }, props: { markdown: { it: HARD } } },
        {
          id: 'scelta',
          kind: 'single-choice',
          label: { it: 'Scelta' },
          props: {
            options: [
              { value: 'a', label: { it: 'A' } },
              { value: 'b', label: { it: '' } },
            ],
          },
        },
        text('mai', { condition: { field: 'scelta', op: 'equals', value: 'z' } }),
        { id: 'doc', kind: 'attachment', label: { it: 'Documento' } },
        text('codice', { props: { pattern: '^[0-9]{3}$' } }),
      ],
    },
    { id: 'vuoto', title: { it: 'Vuoto' }, fields: [] },
  ]);
  return {
    ...m,
    procedure: {
      ...m.procedure,
      termDays: 200,
      substitute: { ...m.procedure.responsible },
      attachments: [{ id: 'isee', label: { it: 'Attestazione ISEE' }, required: true }],
      fees: [{ id: 'bollo', label: { it: 'Marca da bollo' } }],
    },
  } as Module;
}

describe('lint findings: the one issue shape', () => {
  const module = brokenModule();
  const findings = lintModule(module);

  it('finds something of each kind in the broken module (the test can fail)', () => {
    expect(new Set(findings.map((f) => f.code))).toEqual(
      new Set([
        'missing_label',
        'hard_to_read',
        'unreachable_field',
        'empty_step',
        'missing_help',
        'substitute_is_responsible',
        'term_over_180_days',
        'fee_without_amount',
        'attachment_not_asked',
        'attachment_not_published',
      ]),
    );
  });

  it('gives every finding a JSON Pointer `path` that names a place in the module', () => {
    for (const f of findings) {
      expect(f.path, `${f.code} ${f.subject}`).toMatch(/^(\/[^/]*)*$/);
      // A missing text or help is reported where it should be: its parent exists.
      const at = ['missing_help'].includes(f.code) ? f.path.replace(/\/[^/]*$/, '') : f.path;
      expect(resolve(module, at), `${f.code} ${f.path}`).toBeDefined();
    }
    expect(findings.find((f) => f.code === 'hard_to_read' && f.subject === 'info')?.path).toBe(
      '/steps/0/fields/1/props/markdown',
    );
    expect(findings.find((f) => f.code === 'missing_label' && f.subject === 'scelta')?.path).toBe(
      '/steps/0/fields/2/props/options',
    );
    expect(findings.find((f) => f.code === 'attachment_not_asked')).toMatchObject({
      path: '/procedure/attachments/0',
      subject: 'procedure.attachments.isee',
    });
  });

  it('keeps the designer’s address in `subject`: an id or a dotted procedure path', () => {
    expect(findings.map((f) => f.subject)).toEqual(
      expect.arrayContaining(['nome', 'info', 'scelta', 'mai', 'vuoto', 'procedure.substitute']),
    );
  });

  it('says why a condition never holds in both languages', () => {
    const never = findings.find((f) => f.code === 'unreachable_field')!;
    expect(never.message).toBe(
      'Il campo "mai" non viene mai mostrato: "z" non è tra i valori possibili di "scelta" ("a", "b").',
    );
    expect(formatError(never, 'en')).toBe(
      'Field "mai" is never shown: "z" is not among the values of "scelta" ("a", "b").',
    );
  });

  it('renders every message from the catalogue, in Italian and English', () => {
    for (const f of findings) {
      expect(f.message).toBe(formatError(f, 'it'));
      const en = formatError(f, 'en');
      expect(en, f.code).not.toBe(f.message);
      expect(en, f.code).not.toMatch(/\b(il|la|del|non|campo|passo)\b/);
    }
  });
});

describe('parse errors: the one issue shape', () => {
  it('gives a pointer, params and the catalogue message', () => {
    const m = makeModule([
      { id: 'uno', title: { it: 'Uno' }, fields: [text('a', { props: { maxLength: 'dieci' } }), text('a')] },
    ]);
    const props = parseModule(JSON.parse(JSON.stringify(m)));
    expect(props.ok ? undefined : props.error).toMatchObject({
      code: 'invalid_property',
      path: '/steps/0/fields/0/props/maxLength',
      id: 'a',
    });
    for (const doc of ['{', [], { formatVersion: 99 }, { ...m, steps: [] }]) {
      const r = parseModule(doc);
      if (r.ok) throw new Error('parsed');
      expect(r.error.path).toMatch(/^(\/[^/]*)*$/);
      expect(r.error.message).toBe(formatError({ code: r.error.code, params: r.error.params }, 'it'));
    }
  });
});
