import { evaluateCondition } from '../evaluateCondition';
import { getFieldKind } from '../kinds/registry';
import { sampleSubmission } from '../sampleSubmission';
import type { ChoiceOption, Field, Module } from '../types';
import type { PlacedField } from '../visibility';
import { effectiveConditions } from '../visibility';

/**
 * Submissions that differ from `sampleSubmission`: for each top-level field, shown given the answers
 * before it, `seeds` pick whether to leave it out, keep the sample, or give another answer of its
 * kind (the other yes/no, another option, a bound, an empty or different text). Most are valid;
 * callers keep those their module accepts. For property tests of diff, carry and the importers.
 */
export function submissionVariant(module: Module, seeds: number[]): Record<string, unknown> {
  const sample = sampleSubmission(module);
  const placed = module.steps.flatMap((step) =>
    step.fields.map((field): PlacedField => ({ field, stepCondition: step.condition })),
  );
  const conditions = effectiveConditions(placed);
  const data: Record<string, unknown> = {};
  placed.forEach(({ field }, i) => {
    if (!getFieldKind(field.kind)?.hasValue) return;
    const condition = conditions.get(field.id);
    if (condition && !evaluateCondition(condition, data)) return;
    const seed = seeds[i % Math.max(seeds.length, 1)] ?? 0;
    const choice = seed % 4;
    if (choice === 0 && !field.required) return;
    const value = choice === 3 ? alternative(field, seed >> 2) : sample[field.id];
    if (value !== undefined) data[field.id] = value;
  });
  return data;
}

function alternative(field: Field, n: number): unknown {
  switch (field.kind) {
    case 'yes-no':
      return n % 2 === 0;
    case 'single-choice': {
      const options = (field.props?.options ?? []) as ChoiceOption[];
      return options[n % Math.max(options.length, 1)]?.value;
    }
    case 'number': {
      const [min, max] = [field.props?.min as number | undefined, field.props?.max as number | undefined];
      return [min ?? -7, max ?? 42, 0, 3.5, 1000][n % 5];
    }
    case 'short-text':
    case 'long-text':
      return ['', 'altro', 'x'.repeat(150), 'Risposta diversa'][n % 4];
    case 'email':
      return ['a@b.it', 'non-una-mail'][n % 2];
    case 'codice-fiscale':
      return ['RSSMRA85T10A56NH', '01234567890'][n % 2];
    default:
      return undefined;
  }
}
