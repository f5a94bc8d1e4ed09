import type { FieldKind } from '../kinds/FieldKind';
import type { ChoiceOption, Field } from '../types';
import { sameJson } from './locate';
import type { VersionBump } from './ModuleChange';

/** One change of a field's props, before it gets its path and field id. */
export interface PropChange {
  property: string;
  before: unknown;
  after: unknown;
  breaking: boolean;
  bump: VersionBump;
  it: string;
  en: string;
}

/** Props that only change what the citizen reads or how the input looks. */
const PRESENTATION = new Set([
  'placeholder',
  'yesLabel',
  'noLabel',
  'itemLabel',
  'markdown',
  'unit',
  'rows',
  'display',
  'policyUrl',
]);
/** Upper bounds: lowering one (or setting one) refuses answers that passed. */
const UPPER = new Set(['maxLength', 'maxItems', 'max', 'maxSizeMb', 'maxFiles', 'notAfter']);
/** Lower bounds: raising one (or setting one) refuses answers that passed. */
const LOWER = new Set(['minLength', 'minItems', 'min', 'notBefore']);

const fmt = (v: unknown) => (v === undefined ? '—' : JSON.stringify(v));

/**
 * How a field's props changed, with defaults applied (an absent `maxLength` of a short text is 200),
 * each judged breaking when some answer valid before can be refused after.
 */
export function propChanges(a: Field, b: Field, kind: FieldKind | undefined): PropChange[] {
  const value = (f: Field, name: string) => f.props?.[name] ?? kind?.defaults.props[name];
  const names = new Set([...Object.keys(a.props ?? {}), ...Object.keys(b.props ?? {})]);
  const out: PropChange[] = [];
  for (const name of [...names].sort()) {
    const before = value(a, name);
    const after = value(b, name);
    if (sameJson(before, after)) continue;
    const change = (breaking: boolean, bump: VersionBump, it: string, en: string) =>
      out.push({ property: name, before, after, breaking, bump, it, en });
    if (name === 'options') {
      optionChanges((before ?? []) as ChoiceOption[], (after ?? []) as ChoiceOption[], change);
    } else if (name === 'accept') {
      acceptChange((before ?? []) as string[], (after ?? []) as string[], change);
    } else if (PRESENTATION.has(name)) {
      change(
        false,
        'patch',
        `«${name}» cambia da ${fmt(before)} a ${fmt(after)}`,
        `${name} changed from ${fmt(before)} to ${fmt(after)}`,
      );
    } else if (UPPER.has(name) || LOWER.has(name)) {
      const tighter = boundTightened(name, before, after);
      change(
        tighter,
        tighter ? 'major' : 'minor',
        `«${name}» cambia da ${fmt(before)} a ${fmt(after)}${tighter ? ': risposte prima valide possono non esserlo più' : ''}`,
        `${name} ${tighter ? 'tightened' : 'relaxed'} from ${fmt(before)} to ${fmt(after)}`,
      );
    } else if (name === 'pattern') {
      const breaking = after !== undefined;
      change(
        breaking,
        breaking ? 'major' : 'minor',
        breaking ? `L'espressione regolare cambia in ${fmt(after)}` : "L'espressione regolare è stata tolta",
        breaking ? `pattern changed to ${fmt(after)}` : 'pattern removed',
      );
    } else if (name === 'integer' || name === 'allowCompany') {
      // integer: true admits fewer numbers; allowCompany: false admits fewer codes.
      const breaking = name === 'integer' ? after === true : after === false;
      change(
        breaking,
        breaking ? 'major' : 'minor',
        `«${name}» diventa ${fmt(after)}`,
        `${name} set to ${fmt(after)}`,
      );
    } else {
      // `multiple` changes the answer's shape; an unknown prop of a custom kind may do anything.
      change(
        true,
        'major',
        `«${name}» cambia da ${fmt(before)} a ${fmt(after)}`,
        `${name} changed from ${fmt(before)} to ${fmt(after)}`,
      );
    }
  }
  return out;
}

function boundTightened(name: string, before: unknown, after: unknown): boolean {
  if (after === undefined) return false;
  if (before === undefined) return true;
  if (name === 'notBefore' || name === 'notAfter') return true; // "today" vs a date: not comparable once and for all
  const [x, y] = [Number(before), Number(after)];
  return UPPER.has(name) ? y < x : y > x;
}

type Emit = (breaking: boolean, bump: VersionBump, it: string, en: string) => void;

function optionChanges(before: ChoiceOption[], after: ChoiceOption[], change: Emit): void {
  const old = new Map(before.map((o) => [o.value, o]));
  const now = new Map(after.map((o) => [o.value, o]));
  const removed = before.filter((o) => !now.has(o.value)).map((o) => o.value);
  const added = after.filter((o) => !old.has(o.value)).map((o) => o.value);
  if (removed.length)
    change(true, 'major', `Opzioni tolte: ${removed.join(', ')}`, `options removed: ${removed.join(', ')}`);
  if (added.length)
    change(false, 'minor', `Opzioni aggiunte: ${added.join(', ')}`, `options added: ${added.join(', ')}`);
  const relabelled = after.filter((o) => old.has(o.value) && !sameJson(old.get(o.value)!.label, o.label));
  const common = (list: ChoiceOption[], other: Map<string, ChoiceOption>) =>
    list.filter((o) => other.has(o.value)).map((o) => o.value);
  const reorderedOptions = !sameJson(common(before, now), common(after, old));
  if (relabelled.length || reorderedOptions) {
    const what = relabelled.length ? relabelled.map((o) => o.value).join(', ') : '';
    change(
      false,
      'patch',
      relabelled.length ? `Testo delle opzioni cambiato: ${what}` : 'Ordine delle opzioni cambiato',
      relabelled.length ? `option labels changed: ${what}` : 'options reordered',
    );
  }
}

function acceptChange(before: string[], after: string[], change: Emit): void {
  // An empty list accepts any type.
  const removed =
    before.length === 0 ? after.length > 0 : before.some((t) => after.length > 0 && !after.includes(t));
  if (removed)
    change(
      true,
      'major',
      `Tipi di file accettati ridotti a ${after.join(', ')}`,
      `accepted file types narrowed to ${after.join(', ')}`,
    );
  else
    change(
      false,
      'minor',
      `Tipi di file accettati ampliati: ${after.join(', ') || 'tutti'}`,
      `accepted file types widened: ${after.join(', ') || 'any'}`,
    );
}
