import fc from 'fast-check';
import { getFieldKind } from '../kinds/registry';
import { sampleSubmission } from '../sampleSubmission';
import type { Condition, ConditionValue, Field, Module } from '../types';
import { validateSubmission } from '../validateSubmission';
import { walkFields } from '../walkFields';
import { makeModule } from './makeModule';

/**
 * For each field of `module`, answers that its kind accepts and that flip the conditions
 * reading it: the kind's sample, every value a condition compares it with, and numbers on
 * either side of each threshold, kept only when the field alone accepts them.
 */
export function answerCandidates(module: Module): Map<string, unknown[]> {
  const compared = new Map<string, ConditionValue[]>();
  const note = (c: Condition | undefined) => {
    if (!c) return;
    if ('all' in c) return c.all.forEach(note);
    if ('any' in c) return c.any.forEach(note);
    if ('not' in c) return note(c.not);
    const list = compared.get(c.field) ?? [];
    if ('values' in c) list.push(...c.values);
    else if ('value' in c) {
      list.push(c.value);
      if (typeof c.value === 'number') list.push(c.value - 1, c.value + 1, c.value + 0.5);
    }
    compared.set(c.field, list);
  };
  for (const step of module.steps) note(step.condition);
  for (const { field } of walkFields(module)) note(field.condition);

  // Every field side by side, always shown, in one module: one compile checks every candidate.
  const fields = walkFields(module)
    .map((l) => l.field)
    .filter((f) => getFieldKind(f.kind)?.hasValue && !getFieldKind(f.kind)?.container);
  const flat = makeModule([
    { id: 'tutti', title: { it: 'Tutti' }, fields: fields.map(({ condition: _c, ...shown }) => shown) },
  ]);
  const samples = sampleSubmission(flat);
  const out = new Map<string, unknown[]>();
  for (const field of fields) {
    const values = [samples[field.id], ...(compared.get(field.id) ?? [])];
    if (field.kind === 'yes-no') values.push(true, false);
    const options = (field.props?.options ?? []) as { value: string }[];
    values.push(...options.map((o) => o.value));
    const fits = (v: unknown) =>
      !validateSubmission(flat, { [field.id]: v }).some((e) => e.path === `/${field.id}`);
    out.set(field.id, [...new Set(values)].filter(fits));
  }
  return out;
}

/** How answers are drawn: each field present with `present` odds, from its candidates. */
export interface AnswerOptions {
  /** 1 = every field answered (hidden ones too); lower leaves some out. */
  present: number;
}

/**
 * Random answers for `module`, hidden fields included: each field (at every level, lists with
 * 0-2 entries) answered with one of its candidates, or left out.
 */
export function arbitraryAnswers(
  module: Module,
  options: AnswerOptions = { present: 0.7 },
): fc.Arbitrary<Record<string, unknown>> {
  const candidates = answerCandidates(module);
  return fc.array(fc.nat(), { minLength: 64, maxLength: 64 }).map((seed) => {
    let i = 0;
    const next = () => seed[i++ % seed.length]! + i * 7919;
    const fill = (fields: Field[]): Record<string, unknown> => {
      const data: Record<string, unknown> = {};
      for (const field of fields) {
        const kind = getFieldKind(field.kind);
        if (!kind?.hasValue) continue;
        if ((next() % 1000) / 1000 >= options.present) continue;
        if (kind.container && kind.list) {
          data[field.id] = Array.from({ length: next() % 3 }, () => fill(field.fields ?? []));
        } else if (kind.container) data[field.id] = fill(field.fields ?? []);
        else {
          const list = candidates.get(field.id) ?? [];
          if (list.length) data[field.id] = list[next() % list.length];
        }
      }
      return data;
    };
    return fill(module.steps.flatMap((s) => s.fields));
  });
}
