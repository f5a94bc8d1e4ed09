import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionProblems } from '../lint/conditionProblems';
import { parseModule } from '../parseModule';
import { arbitraryModule } from '../testing/arbitraryModule';
import type { Condition, Module, ModelErrorCode, Result } from '../types';
import { walkFields } from '../walkFields';
import { addField } from './addField';
import { addStep } from './addStep';
import { duplicateField } from './duplicateField';
import type { FieldParent } from './fieldList';
import { moveField } from './moveField';
import { moveStep } from './moveStep';
import { removeField } from './removeField';
import { removeStep } from './removeStep';
import { setCondition } from './setCondition';
import { setFieldProperty } from './setFieldProperty';
import { setProcedure } from './setProcedure';

const EXPECTED_CODES = new Set<ModelErrorCode>([
  'unknown_kind',
  'unknown_field',
  'unknown_step',
  'duplicate_id',
  'invalid_id',
  'field_in_use',
  'condition_on_later_field',
  'condition_cycle',
  'condition_out_of_scope',
  'wrong_field_kind',
  'index_out_of_range',
  'invalid_property',
  'last_step',
  'not_a_container',
  'move_into_itself',
]);

/** Random numbers that an edit resolves against the module it is applied to. */
type Edit = { op: number; a: number; b: number; c: number; word: string };
type Apply = (m: Module, e: Edit) => Result<Module>;

// One unknown id among the real ones, so refusals get exercised too.
const pick = (ids: string[], n: number) => [...ids, 'inesistente'][n % (ids.length + 1)]!;
const fieldId = (m: Module, n: number) =>
  pick(
    walkFields(m).map((l) => l.field.id),
    n,
  );
const stepId = (m: Module, n: number) =>
  pick(
    m.steps.map((s) => s.id),
    n,
  );
const parent = (m: Module, n: number): FieldParent =>
  n % 3 ? { stepId: stepId(m, n >> 2) } : { containerId: fieldId(m, n >> 2) };
// Mostly the end of the list, sometimes a position that may not exist.
const index = (n: number) => (n % 2 ? undefined : (n % 5) - 1);
const KINDS = [
  'short-text',
  'number',
  'yes-no',
  'single-choice',
  'group',
  'repeatable',
  'info-text',
  'email',
  'group',
  'sconosciuto',
];
const condition = (m: Module, e: Edit): Condition | undefined =>
  e.c % 4 === 0
    ? undefined
    : e.c % 4 === 1
      ? { field: fieldId(m, e.b), op: 'answered' }
      : { field: fieldId(m, e.b), op: 'equals', value: e.word };

const EDITS: Apply[] = [
  (m, e) =>
    addField(m, {
      kind: KINDS[e.a % KINDS.length]!,
      parent: parent(m, e.b),
      index: index(e.c),
      ...(e.c % 3 ? {} : { label: { it: e.word } }),
    }),
  (m, e) => removeField(m, { id: fieldId(m, e.a) }),
  (m, e) => moveField(m, { id: fieldId(m, e.a), to: parent(m, e.b), index: index(e.c) }),
  (m, e) => duplicateField(m, { id: fieldId(m, e.a) }),
  (m, e) =>
    setFieldProperty(m, { id: fieldId(m, e.a), property: 'id', value: e.c % 2 ? fieldId(m, e.b) : e.word }),
  (m, e) => setFieldProperty(m, { id: fieldId(m, e.a), property: 'label', value: { it: e.word } }),
  (m, e) =>
    setFieldProperty(m, {
      id: fieldId(m, e.a),
      property: 'props.maxLength',
      value: e.c % 2 ? e.b : undefined,
    }),
  (m, e) => addStep(m, { index: index(e.c), ...(e.a % 2 ? { id: e.word } : {}) }),
  (m, e) => removeStep(m, { id: stepId(m, e.a) }),
  (m, e) => moveStep(m, { id: stepId(m, e.a), index: e.b % (m.steps.length + 1) }),
  (m, e) => setCondition(m, { target: { fieldId: fieldId(m, e.a) }, condition: condition(m, e) }),
  (m, e) => setCondition(m, { target: { stepId: stepId(m, e.a) }, condition: condition(m, e) }),
  (m, e) => setProcedure(m, { patch: { termDays: (e.b % 100) - 10 } }),
];

const edit = fc.record({
  op: fc.nat(),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  word: fc.constantFrom('nome', 'campo1', 'Cognome', ' ', 'passo1', 'è ok', 'x'),
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('random edit sequences', () => {
  it('either fail with a known code or give a module that parses, without breaking conditions or mutating input', () => {
    fc.assert(
      fc.property(arbitraryModule(), fc.array(edit, { maxLength: 15 }), (start, edits) => {
        let m = deepFreeze(structuredClone(start));
        for (const e of edits) {
          const result = EDITS[e.op % EDITS.length]!(m, e);
          if (!result.ok) {
            expect(EXPECTED_CODES).toContain(result.error.code);
            expect(result.error.message.length).toBeGreaterThan(0);
            continue;
          }
          const parsed = parseModule(JSON.parse(JSON.stringify(result.value)));
          expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
          expect(conditionProblems(result.value)).toEqual([]);
          m = deepFreeze(result.value);
        }
      }),
      { numRuns: 100 },
    );
    // 100 sequences of up to 15 edits, each parsed: seconds on a machine shared by many runs.
  }, 30_000);
});
