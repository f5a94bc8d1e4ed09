import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionFields } from './evaluateCondition';
import { getFieldKind } from './kinds/registry';
import { pruneHidden } from './pruneHidden';
import { sampleSubmission } from './sampleSubmission';
import { arbitraryAnswers } from './testing/arbitraryAnswers';
import { arbitraryModule } from './testing/arbitraryModule';
import { conditionCases } from './testing/conditionCases';
import { makeModule, text } from './testing/makeModule';
import type { Field, Module } from './types';
import { validateSubmission } from './validateSubmission';
import { visibleFields, visiblePointers } from './visibleFields';

/** A field of the kind that holds `value`, so that the schema accepts the case's answers. */
function fieldFor(id: string, value: unknown, extraOptions: unknown[]): Field {
  if (typeof value === 'number') return { id, kind: 'number', label: { it: id } };
  if (typeof value === 'boolean') return { id, kind: 'yes-no', label: { it: id } };
  if (Array.isArray(value)) {
    const values = [...new Set([...value, ...extraOptions].map(String))];
    const options = values.map((v) => ({ value: v, label: { it: v } }));
    return { id, kind: 'multiple-choice', label: { it: id }, props: { options } };
  }
  return text(id);
}

describe('visibleFields / pruneHidden agree with the compiled schema on every condition case', () => {
  for (const c of conditionCases) {
    it(c.name, () => {
      const ids = [...new Set([...Object.keys(c.data), ...conditionFields(c.condition)])];
      const includes = 'op' in c.condition && c.condition.op === 'includes' ? [c.condition.value] : [];
      const m = makeModule([
        {
          id: 'uno',
          title: { it: 'Uno' },
          fields: [
            ...ids.map((id) => fieldFor(id, c.data[id], includes)),
            text('t', { condition: c.condition }),
          ],
        },
      ]);
      const withT = { ...c.data, t: 'risposta' };
      expect(visibleFields(m, c.data).has('t')).toBe(c.holds);
      // The schema accepts the answer to t exactly when visibleFields shows t.
      expect(validateSubmission(m, withT).map((e) => e.code)).toEqual(c.holds ? [] : ['not_allowed']);
      expect(validateSubmission(m, c.data)).toEqual([]);
      expect(pruneHidden(m, withT)).toEqual(c.holds ? withT : c.data);
    });
  }
});

/** The JSON Pointers of every answer in `data` that names a field of its level. */
function answerPointers(module: Module, data: unknown): string[] {
  const out: string[] = [];
  const walk = (fields: Field[], value: unknown, at: string) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    const object = value as Record<string, unknown>;
    for (const f of fields) {
      if (!Object.hasOwn(object, f.id)) continue;
      const p = `${at}/${f.id}`;
      out.push(p);
      const kind = getFieldKind(f.kind);
      const child = object[f.id];
      if (kind?.list && Array.isArray(child))
        child.forEach((item, i) => walk(f.fields ?? [], item, `${p}/${i}`));
      else if (kind?.container) walk(f.fields ?? [], child, p);
    }
  };
  walk(
    module.steps.flatMap((s) => s.fields),
    data,
    '',
  );
  return out;
}

const parentOf = (pointer: string) => pointer.slice(0, pointer.lastIndexOf('/'));
const at = (errors: { path: string; code: string }[], code: string) =>
  new Set(errors.filter((e) => e.code === code).map((e) => e.path));

const withAnswers = (present: number) =>
  arbitraryModule().chain((m) => fc.tuple(fc.constant(m), arbitraryAnswers(m, { present })));

/**
 * What the compiled schema says about `data`, checked against `visiblePointers` and
 * `pruneHidden` (one compile per module, so every property of a draw is checked together).
 */
function checkAgainstSchema(m: Module, data: Record<string, unknown>): void {
  const shown = visiblePointers(m, data);
  const errors = validateSubmission(m, data);
  const present = new Set(answerPointers(m, data));
  const notAllowed = at(errors, 'not_allowed');
  const required = at(errors, 'required');
  const context = JSON.stringify({ data, errors });

  // 1. An answer is refused as hidden exactly where visiblePointers hides it (under a hidden
  //    container only the container is reported).
  for (const p of present) {
    if (!reachable(p, shown)) continue;
    expect(notAllowed.has(p), `${p} ${context}`).toBe(!shown.has(p));
  }
  // 2. A required answer is demanded exactly where it is shown and missing.
  for (const p of required) expect(shown.has(p), `${p} ${context}`).toBe(true);
  for (const p of shown) {
    const parentAnswered = parentOf(p) === '' || present.has(parentOf(p)) || isEntry(parentOf(p));
    if (fieldAt(m, p)?.required && !present.has(p) && parentAnswered) {
      expect(required.has(p), `${p} ${context}`).toBe(true);
    }
  }
  // 3. Pruning is idempotent, keeps visibility, drops unknown keys, and leaves nothing hidden.
  const pruned = pruneHidden(m, { ...data, inventato: 1 });
  expect(pruned).not.toHaveProperty('inventato');
  expect(pruneHidden(m, pruned)).toEqual(pruned);
  expect(visiblePointers(m, pruned)).toEqual(shown);
  expect(at(validateSubmission(m, pruned), 'not_allowed'), context).toEqual(new Set());
  // 4. A valid submission is its own pruning.
  if (errors.length === 0) expect(pruned).toEqual(data);
}

const isEntry = (pointer: string) => /\/[0-9]+$/.test(pointer);

/** Whether the schema looks at `pointer` at all: its container (or list) is shown. */
function reachable(pointer: string, shown: Set<string>): boolean {
  let parent = parentOf(pointer);
  if (isEntry(parent)) parent = parentOf(parent);
  return parent === '' || shown.has(parent);
}

describe('visibleFields / pruneHidden agree with the compiled schema on random modules', () => {
  it('on answers with some fields left out', () => {
    fc.assert(
      fc.property(withAnswers(0.6), ([m, data]) => checkAgainstSchema(m, data)),
      { numRuns: 60 },
    );
  }, 60_000);

  it('every field answered with a valid value, then pruned, is a valid submission', () => {
    fc.assert(
      fc.property(withAnswers(1), ([m, data]) => {
        checkAgainstSchema(m, data);
        const errors = validateSubmission(m, pruneHidden(m, data));
        // A list drawn empty leaves a required list short; anything else must pass.
        expect(errors.filter((e) => e.code !== 'too_few')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

function fieldAt(module: Module, pointer: string): Field | undefined {
  let fields = module.steps.flatMap((s) => s.fields);
  let found: Field | undefined;
  for (const segment of pointer.split('/').slice(1)) {
    if (/^[0-9]+$/.test(segment)) continue;
    found = fields.find((f) => f.id === segment);
    fields = found?.fields ?? [];
  }
  return found;
}

describe('visibleFields / pruneHidden in groups and lists', () => {
  const m = makeModule([
    {
      id: 'uno',
      title: { it: 'Uno' },
      fields: [
        text('a'),
        {
          id: 'figli',
          kind: 'repeatable',
          label: { it: 'Figli' },
          fields: [
            { id: 'dieta', kind: 'yes-no', label: { it: 'Dieta speciale' } },
            text('quale', { required: true, condition: { field: 'dieta', op: 'equals', value: true } }),
          ],
        },
        {
          id: 'g',
          kind: 'group',
          label: { it: 'Gruppo' },
          condition: { field: 'a', op: 'equals', value: 'si' },
          fields: [text('x'), text('y', { condition: { field: 'x', op: 'answered' } })],
        },
        { id: 'nota', kind: 'info-text', label: { it: 'Nota' }, props: { text: { it: 'Testo' } } },
      ],
    },
  ]);

  it('decides each list entry on its own answers', () => {
    const data = {
      a: 'no',
      figli: [
        { dieta: true, quale: 'celiachia' },
        { dieta: false, quale: 'residuo' },
      ],
      g: { x: '1', y: '2' },
    };
    expect(visiblePointers(m, data)).toEqual(
      new Set(['/a', '/figli', '/figli/0/dieta', '/figli/0/quale', '/figli/1/dieta']),
    );
    expect(visibleFields(m, data)).toEqual(new Set(['a', 'figli', 'dieta', 'quale']));
    const pruned = pruneHidden(m, data);
    expect(pruned).toEqual({ a: 'no', figli: [{ dieta: true, quale: 'celiachia' }, { dieta: false }] });
    expect(validateSubmission(m, pruned)).toEqual([]);
    expect(
      validateSubmission(m, data)
        .map((e) => e.path)
        .sort(),
    ).toEqual(['/figli/1/quale', '/g']);
  });

  it('lists the children of a shown group before it is answered', () => {
    expect(visibleFields(m, { a: 'si' })).toEqual(new Set(['a', 'figli', 'g', 'x']));
    expect(visibleFields(m, { a: 'si', g: { x: '' } })).toEqual(new Set(['a', 'figli', 'g', 'x', 'y']));
  });

  it('takes anything as answers without throwing', () => {
    expect(pruneHidden(m, null)).toEqual({});
    expect(pruneHidden(m, ['a'])).toEqual({});
    expect(pruneHidden(m, { a: 'si', g: 'testo', figli: [1, { dieta: 'x' }] })).toEqual({
      a: 'si',
      g: 'testo',
      figli: [1, { dieta: 'x' }],
    });
  });
});

describe('fields inside a list entry or a group that read top-level answers', () => {
  const m = makeModule([
    {
      id: 'uno',
      title: { it: 'Uno' },
      fields: [
        { id: 'disabilita', kind: 'yes-no', label: { it: 'Disabilità' } },
        text('ente', { condition: { field: 'disabilita', op: 'equals', value: true } }),
        {
          id: 'figli',
          kind: 'repeatable',
          label: { it: 'Figli' },
          fields: [
            text('nome', { required: true }),
            text('certificato', {
              required: true,
              condition: { field: 'disabilita', op: 'equals', value: true },
            }),
            text('nota', { condition: { field: 'ente', op: 'answered' } }),
          ],
        },
      ],
    },
  ]);

  it('shows, prunes and validates alike', () => {
    const data = { disabilita: false, ente: 'ASL', figli: [{ nome: 'Anna', certificato: 'C', nota: 'n' }] };
    expect(visiblePointers(m, data)).toEqual(new Set(['/disabilita', '/figli', '/figli/0/nome']));
    expect(
      validateSubmission(m, data)
        .map((e) => e.path)
        .sort(),
    ).toEqual(['/ente', '/figli/0/certificato', '/figli/0/nota']);
    const pruned = pruneHidden(m, data);
    expect(pruned).toEqual({ disabilita: false, figli: [{ nome: 'Anna' }] });
    expect(validateSubmission(m, pruned)).toEqual([]);
    const shown = { disabilita: true, ente: 'ASL', figli: [{ nome: 'Anna', certificato: 'C', nota: 'n' }] };
    expect(validateSubmission(m, shown)).toEqual([]);
    expect(pruneHidden(m, shown)).toEqual(shown);
  });

  it('samples a valid submission', () => {
    const sample = sampleSubmission(m);
    expect(sample).toMatchObject({ disabilita: true, figli: [{ certificato: expect.any(String) }] });
    expect(validateSubmission(m, sample)).toEqual([]);
  });
});
