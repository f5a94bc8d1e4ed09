import type { DateRef, DateRule, Field, Module } from './types';
import type { SubmissionError } from './validateSubmission';
import { withMessages } from './messages/withMessages';
import type { FieldKindRegistry } from './kinds/FieldKind';
import { builtInRegistry } from './kinds/registry';
import { walkVisible } from './visibility';
import { walkFields } from './walkFields';

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

// en-CA formats as YYYY-MM-DD. Made once: building a formatter costs more than a whole
// validation (5 % of a filing's CPU when it was made per call). Made at the first call, not as
// the module loads: the first one with a time zone loads ICU's zone data (~20-30 ms in the
// browser), which the embed's start should not pay.
let romeDay: Intl.DateTimeFormat | undefined;

/** Today's date in Europe/Rome as YYYY-MM-DD: the filing day of a submission made now. */
export function romeToday(now: Date = new Date()): string {
  romeDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' });
  return romeDay.format(now);
}

/**
 * `date` + years, then months (clamped to the month's last day: 31 January + 1 month is
 * 28 or 29 February), then days. `undefined` for a string that is not a real date.
 */
export function shiftDate(date: string, ref: Omit<DateRef, 'field' | 'filingDay'>): string | undefined {
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d)
    return undefined;
  const months = y * 12 + (mo - 1) + (ref.offsetYears ?? 0) * 12 + (ref.offsetMonths ?? 0);
  const year = Math.floor(months / 12);
  const month = months - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const shifted = new Date(Date.UTC(year, month, Math.min(d, last)) + (ref.offsetDays ?? 0) * 86_400_000);
  return shifted.toISOString().slice(0, 10);
}

/**
 * Every failed `dateRules` rule among the shown date answers: `date_too_early` (`notBefore`) or
 * `date_too_late` (`notAfter`), with `params: { limit, rule }`. A rule relative to another
 * answer reads it in the same group or list entry first, then in the enclosing levels; a rule
 * whose reference is unanswered or not a date is skipped (the schema reports that answer).
 */
export function checkDateRules(
  module: Module,
  data: unknown,
  today: string,
  registry: FieldKindRegistry = builtInRegistry,
): SubmissionError[] {
  // Most modules have no date rule: skip the visibility walk (half a warm validation of 200 fields).
  if (!hasDateRules(module)) return [];
  const errors: SubmissionError[] = [];
  const root = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  walkVisible(
    module,
    root,
    ({ field, pointer }) => {
      if (!field.dateRules?.length) return;
      const chain = objectsAlong(root, pointer);
      const value = chain.at(-1)?.[field.id];
      if (typeof value !== 'string' || !shiftDate(value, {})) return;
      for (const rule of field.dateRules) {
        const limit = resolve(rule.ref, chain, today);
        if (limit === undefined) continue;
        const early = rule.op === 'notBefore' && value < limit;
        const late = rule.op === 'notAfter' && value > limit;
        if (early || late) errors.push(dateError(field, pointer, rule, limit, early, registry));
      }
    },
    (kind) => registry.get(kind),
  );
  return errors;
}

const withRules = new WeakMap<Module, boolean>();
function hasDateRules(module: Module): boolean {
  let has = withRules.get(module);
  if (has === undefined) {
    has = walkFields(module).some((l) => (l.field.dateRules?.length ?? 0) > 0);
    withRules.set(module, has);
  }
  return has;
}

/** The objects from the root to the one holding the answer at `pointer`, outermost first. */
function objectsAlong(root: Record<string, unknown>, pointer: string): Record<string, unknown>[] {
  const chain = [root];
  let current: unknown = root;
  const segments = pointer
    .split('/')
    .slice(1, -1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const s of segments) {
    current = (current as Record<string, unknown> | unknown[] | undefined)?.[s as never];
    if (typeof current === 'object' && current !== null && !Array.isArray(current)) {
      chain.push(current as Record<string, unknown>);
    }
  }
  return chain;
}

function resolve(ref: DateRef, chain: Record<string, unknown>[], today: string): string | undefined {
  if ('filingDay' in ref) return shiftDate(today, ref);
  for (let i = chain.length - 1; i >= 0; i--) {
    const other = chain[i]![ref.field];
    if (other !== undefined) return typeof other === 'string' ? shiftDate(other, ref) : undefined;
  }
  return undefined;
}

function dateError(
  field: Field,
  pointer: string,
  rule: DateRule,
  limit: string,
  early: boolean,
  registry: FieldKindRegistry,
): SubmissionError {
  return withMessages(
    {
      path: pointer,
      code: early ? 'date_too_early' : 'date_too_late',
      params: {
        limit,
        rule,
        field: field.id,
        kind: field.kind,
        label: field.label,
        ...(rule.message ? { ruleMessage: rule.message } : {}),
      },
    },
    registry,
  );
}
