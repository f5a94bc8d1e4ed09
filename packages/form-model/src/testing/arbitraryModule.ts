import fc from 'fast-check';
import type { Condition, Field, Module, Step } from '../types';
import { makeModule } from './makeModule';

/** The kinds random modules are made of: each compares differently in conditions. */
export const ARBITRARY_KINDS = [
  'short-text',
  'long-text',
  'number',
  'yes-no',
  'single-choice',
  'email',
  'codice-fiscale',
  'group',
] as const;
type Kind = (typeof ARBITRARY_KINDS)[number];

/** Random numbers that pick, when the module is built, which earlier field a condition reads. */
interface ConditionSeed {
  pick: number;
  variant: number;
  number: number;
  text: string;
  wrap: number;
}

interface FieldSeed {
  kind: Kind;
  label: string;
  help?: string;
  required: boolean;
  options: string[];
  bounds?: [number, number];
  condition?: ConditionSeed;
  children: FieldSeed[];
}

interface StepSeed {
  title: string;
  description?: string;
  condition?: ConditionSeed;
  fields: FieldSeed[];
}

const text = fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

const conditionSeed: fc.Arbitrary<ConditionSeed> = fc.record({
  pick: fc.nat(),
  variant: fc.nat(),
  number: fc.integer({ min: -20, max: 20 }),
  text: text,
  wrap: fc.nat({ max: 5 }),
});

const fieldSeed: fc.Memo<FieldSeed> = fc.memo((depth): fc.Arbitrary<FieldSeed> =>
  fc.record(
    {
      kind: fc.constantFrom(...ARBITRARY_KINDS.filter((k) => depth > 1 || k !== 'group')),
      label: text,
      help: optional(text),
      required: fc.boolean(),
      options: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), { minLength: 1, maxLength: 4 }),
      bounds: optional(fc.tuple(fc.integer({ min: -50, max: 0 }), fc.integer({ min: 0, max: 50 }))),
      condition: optional(conditionSeed),
      children: depth > 1 ? fc.array(fieldSeed(depth - 1), { maxLength: 3 }) : fc.constant<FieldSeed[]>([]),
    },
    { requiredKeys: ['kind', 'label', 'required', 'options', 'children'] },
  ),
);

const stepSeed: fc.Arbitrary<StepSeed> = fc.record(
  {
    title: text,
    description: optional(text),
    condition: optional(conditionSeed),
    fields: fc.array(fieldSeed(3), { maxLength: 4 }),
  },
  { requiredKeys: ['title', 'fields'] },
);

/**
 * Random valid modules: 1-3 steps of the kinds above (groups nested up to two levels) with
 * conditions that read only earlier fields at the same level, as the format requires, and props
 * their kind accepts (distinct option values of the allowed shape, bounds in order).
 */
export function arbitraryModule(): fc.Arbitrary<Module> {
  return fc.array(stepSeed, { minLength: 1, maxLength: 3 }).map(buildModule);
}

function buildModule(seeds: StepSeed[]): Module {
  let counter = 0;
  const topLevel: Field[] = [];
  const buildFields = (list: FieldSeed[], earlier: Field[]): Field[] => {
    const siblings: Field[] = [];
    for (const seed of list) {
      const field = buildField(seed, `campo${++counter}`, [...earlier, ...siblings], buildFields);
      siblings.push(field);
    }
    return siblings;
  };
  const steps = seeds.map((seed, i): Step => {
    const step: Step = { id: `passo${i + 1}`, title: { it: seed.title }, fields: [] };
    if (seed.description !== undefined) step.description = { it: seed.description };
    const condition = seed.condition && conditionOn(topLevel, seed.condition);
    if (condition) step.condition = condition;
    step.fields = buildFields(seed.fields, topLevel);
    topLevel.push(...step.fields);
    return step;
  });
  return makeModule(steps);
}

function buildField(
  seed: FieldSeed,
  id: string,
  earlier: Field[],
  buildFields: (list: FieldSeed[], earlier: Field[]) => Field[],
): Field {
  const field: Field = { id, kind: seed.kind, label: { it: seed.label } };
  if (seed.help !== undefined) field.help = { it: seed.help };
  if (seed.required) field.required = true;
  const condition = seed.condition && conditionOn(earlier, seed.condition);
  if (condition) field.condition = condition;
  if (seed.kind === 'single-choice') {
    field.props = { options: seed.options.map((value) => ({ value, label: { it: value.toUpperCase() } })) };
  }
  if (seed.kind === 'number' && seed.bounds) field.props = { min: seed.bounds[0], max: seed.bounds[1] };
  if (seed.kind === 'group') field.fields = buildFields(seed.children, []);
  return field;
}

/** A condition on one of `candidates` that makes sense for its kind, sometimes wrapped in all/any/not. */
function conditionOn(candidates: Field[], seed: ConditionSeed): Condition | undefined {
  const target = candidates[seed.pick % Math.max(candidates.length, 1)];
  if (!target) return undefined;
  const leaf = leafOn(target, seed);
  switch (seed.wrap) {
    case 3:
      return { all: [leaf] };
    case 4:
      return { any: [leaf, { field: target.id, op: 'answered' }] };
    case 5:
      return { not: leaf };
    default:
      return leaf;
  }
}

function leafOn(target: Field, seed: ConditionSeed): Condition {
  const field = target.id;
  const v = seed.variant % 3;
  switch (target.kind) {
    case 'yes-no':
      return { field, op: 'equals', value: seed.variant % 2 === 0 };
    case 'single-choice': {
      const values = ((target.props?.options ?? []) as { value: string }[]).map((o) => o.value);
      const value = values[seed.variant % values.length] ?? 'x';
      return v === 0
        ? { field, op: 'equals', value }
        : v === 1
          ? { field, op: 'in', values: [value, 'altro'] }
          : { field, op: 'answered' };
    }
    case 'number':
      return v === 0
        ? { field, op: 'gt', value: seed.number }
        : v === 1
          ? { field, op: 'lte', value: seed.number }
          : { field, op: 'answered' };
    case 'group':
      return { field, op: 'answered' };
    default:
      return v === 0
        ? { field, op: 'equals', value: seed.text }
        : v === 1
          ? { field, op: 'notEquals', value: seed.text }
          : { field, op: 'answered' };
  }
}
