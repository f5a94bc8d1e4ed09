import { evaluateCondition } from '../evaluateCondition';
import { getFieldKind } from '../kinds/registry';
import { localize } from '../localize';
import type { ChoiceOption, Field, Module } from '../types';
import type { ConditionMap, PlacedField } from '../visibility';
import { effectiveConditions } from '../visibility';
import { walkFields } from '../walkFields';
import { fieldValueProblem } from './fieldValueProblem';

/** Why an answer of a draft did not survive the move to a new version. */
export type DroppedCode =
  'field_removed' | 'kind_changed' | 'option_removed' | 'value_invalid' | 'now_hidden';

/** One answer left behind by `carryAnswers`. */
export interface DroppedAnswer {
  /** JSON Pointer of the answer in the draft, e.g. "/figli/1/scuola". */
  path: string;
  code: DroppedCode;
  /** Italian, for the citizen who reopens the draft. */
  message: string;
  /** English, for integrators. */
  messageEn: string;
  /** The answer that was dropped. */
  value: unknown;
}

export interface CarriedAnswers {
  answers: Record<string, unknown>;
  dropped: DroppedAnswer[];
}

type Scope = Record<string, unknown>;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const escape = (id: string) => id.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The answers of a draft made against `from` that still fit `to`, and each one dropped with why:
 * the question is gone or changed kind, an option is no longer offered, the value no longer
 * passes the field's compiled schema in `to`, or the answers kept now hide the question. Missing
 * answers are not problems (a draft is unfinished), so each kept answer is checked as if its
 * field were optional. Groups and lists are carried answer by answer; the answer of a field
 * moved into or out of a group (not a list) moves with it.
 */
export function carryAnswers(answers: Record<string, unknown>, from: Module, to: Module): CarriedAnswers {
  const before = new Map(walkFields(from).map((l) => [l.field.id, l.field]));
  const dropped: DroppedAnswer[] = [];
  const placed = to.steps.flatMap((step) =>
    step.fields.map((field): PlacedField => ({ field, stepCondition: step.condition })),
  );
  const root = isObject(answers) ? answers : {};
  const moved = movedFields(from, to);
  const movedFrom = new Set([...moved.values()].map(pointerOf));
  const carried = carryLevel(root, placed, {}, '', { before, to, dropped, root, moved, movedFrom });
  return { answers: carried, dropped };
}

interface Context {
  before: Map<string, Field>;
  to: Module;
  dropped: DroppedAnswer[];
  /** The whole draft, to fetch the answer of a field that moved. */
  root: Record<string, unknown>;
  /** Fields that moved into or out of a group: their path (ids) in `from`. */
  moved: Map<string, string[]>;
  /** The old pointers of moved answers, which are not "removed". */
  movedFrom: Set<string>;
}

const pointerOf = (chain: string[]) => chain.map((id) => `/${escape(id)}`).join('');

/** Each field's path of ids from the top, or null inside a list (its answers are per item). */
function chains(module: Module): Map<string, string[] | null> {
  const out = new Map<string, string[] | null>();
  const visit = (fields: Field[], chain: string[] | null) => {
    for (const f of fields) {
      const own = chain && [...chain, f.id];
      out.set(f.id, own);
      if (f.fields) visit(f.fields, f.kind === 'repeatable' ? null : own);
    }
  };
  for (const step of module.steps) visit(step.fields, []);
  return out;
}

/** Fields whose answer sits elsewhere in `to` than in `from` (moved into or out of a group). */
function movedFields(from: Module, to: Module): Map<string, string[]> {
  const [a, b] = [chains(from), chains(to)];
  const moved = new Map<string, string[]>();
  for (const [id, chain] of b) {
    const old = a.get(id);
    if (chain && old && pointerOf(chain) !== pointerOf(old)) moved.set(id, old);
  }
  return moved;
}

function answerAt(root: Record<string, unknown>, chain: string[]): unknown {
  let at: unknown = root;
  for (const id of chain) at = isObject(at) && Object.hasOwn(at, id) ? at[id] : undefined;
  return at;
}

/** Whether a group's subtree holds a field whose answer comes from elsewhere. */
function receivesMoved(field: Field, ctx: Context): boolean {
  return (field.fields ?? []).some(
    (f) => ctx.moved.has(f.id) || (f.kind === 'group' && receivesMoved(f, ctx)),
  );
}

function drop(
  ctx: Context,
  path: string,
  code: DroppedCode,
  label: string,
  value: unknown,
  detail?: { it: string; en: string },
): void {
  const texts: Record<DroppedCode, [string, string]> = {
    field_removed: [
      `La domanda «${label}» non c'è più in questa versione del modulo.`,
      `The question "${label}" is no longer in this version of the form.`,
    ],
    kind_changed: [
      `La domanda «${label}» ora chiede un dato di tipo diverso: rispondi di nuovo.`,
      `The question "${label}" now asks for a different kind of answer.`,
    ],
    option_removed: [
      `La scelta «${String(value)}» per «${label}» non è più disponibile.`,
      `The option "${String(value)}" of "${label}" is no longer offered.`,
    ],
    value_invalid: [
      `La risposta a «${label}» non è più valida${detail ? `: ${detail.it}` : '.'}`,
      `The answer to "${label}" is no longer valid${detail ? `: ${detail.en}` : '.'}`,
    ],
    now_hidden: [
      `La domanda «${label}» non si applica più alle risposte date.`,
      `The question "${label}" no longer applies given the other answers.`,
    ],
  };
  const [message, messageEn] = texts[code];
  ctx.dropped.push({ path, code, message, messageEn, value });
}

function carryLevel(
  data: Record<string, unknown>,
  placed: PlacedField[],
  outer: Scope,
  path: string,
  ctx: Context,
  /** The enclosing levels' effective conditions: a nested field reading one inherits its visibility. */
  outerConditions: ConditionMap = new Map(),
): Record<string, unknown> {
  const ids = new Set(placed.map((p) => p.field.id));
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (ids.has(key) && getFieldKind(placed.find((p) => p.field.id === key)!.field.kind)?.hasValue !== false)
      continue;
    dropRemoved(ctx, `${path}/${escape(key)}`, key, value);
  }
  const conditions = effectiveConditions(placed, outerConditions);
  const enclosing: ConditionMap = new Map([...outerConditions, ...conditions]);
  for (const { field } of placed) {
    if (getFieldKind(field.kind)?.hasValue === false) continue;
    let value = data[field.id];
    if (!Object.hasOwn(data, field.id)) {
      // A field moved here from another group brings its answer along.
      const old = ctx.moved.get(field.id);
      value = old ? answerAt(ctx.root, old) : undefined;
      if (value === undefined && field.kind === 'group' && receivesMoved(field, ctx)) value = {};
      if (value === undefined) continue;
    }
    const at = `${path}/${escape(field.id)}`;
    const label = localize(field.label);
    const old = ctx.before.get(field.id);
    if (old && old.kind !== field.kind) {
      drop(ctx, at, 'kind_changed', label, value);
      continue;
    }
    const condition = conditions.get(field.id);
    if (condition && !evaluateCondition(condition, { ...outer, ...kept })) {
      drop(ctx, at, 'now_hidden', label, value);
      continue;
    }
    const carried = carryValue(field, value, at, { ...outer, ...kept }, ctx, enclosing);
    const empty = !Object.hasOwn(data, field.id) && isObject(carried) && Object.keys(carried).length === 0;
    if (carried !== undefined && !empty) kept[field.id] = carried;
  }
  return kept;
}

/** Reports an answer whose question is gone; of a removed group, only the answers that did not move out. */
function dropRemoved(ctx: Context, pointer: string, key: string, value: unknown): void {
  if (ctx.movedFrom.has(pointer)) return;
  const old = ctx.before.get(key);
  const movedOut = [...ctx.movedFrom].some((p) => p.startsWith(`${pointer}/`));
  if (old?.kind === 'group' && isObject(value) && movedOut) {
    for (const [k, v] of Object.entries(value)) dropRemoved(ctx, `${pointer}/${escape(k)}`, k, v);
    return;
  }
  drop(ctx, pointer, 'field_removed', old ? localize(old.label) : key, value);
}

/** The part of one answer that fits `field`, or undefined (after reporting why). */
function carryValue(
  field: Field,
  value: unknown,
  at: string,
  scope: Scope,
  ctx: Context,
  conditions: ConditionMap,
): unknown {
  const label = localize(field.label);
  const children = (field.fields ?? []).map((f): PlacedField => ({ field: f }));
  if (field.kind === 'group') {
    if (!isObject(value)) return invalid(ctx, field, at, value);
    return carryLevel(value, children, scope, at, ctx, conditions);
  }
  if (field.kind === 'repeatable') {
    if (!Array.isArray(value)) return invalid(ctx, field, at, value);
    const max =
      (field.props?.maxItems as number | undefined) ??
      (getFieldKind('repeatable')?.defaults.props.maxItems as number);
    const items: unknown[] = [];
    value.forEach((item, i) => {
      if (i >= max)
        drop(ctx, `${at}/${i}`, 'value_invalid', label, item, {
          it: `al massimo ${max} elementi`,
          en: `at most ${max} items`,
        });
      else if (!isObject(item)) drop(ctx, `${at}/${i}`, 'value_invalid', label, item);
      else items.push(carryLevel(item, children, scope, `${at}/${i}`, ctx, conditions));
    });
    return items;
  }
  const options =
    field.kind === 'single-choice' || field.kind === 'multiple-choice'
      ? ((field.props?.options ?? []) as ChoiceOption[])
      : undefined;
  if (options && field.kind === 'multiple-choice' && Array.isArray(value)) {
    const offered = new Set(options.map((o) => o.value));
    value.forEach((v, i) => {
      if (!offered.has(v as string)) drop(ctx, `${at}/${i}`, 'option_removed', label, v);
    });
    value = value.filter((v) => offered.has(v as string));
  } else if (options && typeof value === 'string' && !options.some((o) => o.value === value)) {
    drop(ctx, at, 'option_removed', label, value);
    return undefined;
  }
  const problem = fieldValueProblem(ctx.to, field, value);
  if (problem) {
    drop(ctx, at, 'value_invalid', label, value, problem);
    return undefined;
  }
  return value;
}

function invalid(ctx: Context, field: Field, at: string, value: unknown): undefined {
  drop(ctx, at, 'value_invalid', localize(field.label), value);
  return undefined;
}
