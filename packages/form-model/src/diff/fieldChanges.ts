import { getFieldKind } from '../kinds/registry';
import { localize } from '../localize';
import type { Field } from '../types';
import type { ModuleIndex, PlacedField } from './locate';
import { sameJson } from './locate';
import type { ModuleChange, ModuleChangeKind, VersionBump } from './ModuleChange';
import { propChanges } from './propChanges';

const hasValue = (f: Field) => getFieldKind(f.kind)?.hasValue ?? true;
const name = (f: Field) => `«${localize(f.label)}» (${f.id})`;

/** A change about one field, with its message in both languages. */
export function fieldChange(
  kind: ModuleChangeKind,
  at: PlacedField,
  breaking: boolean,
  bump: VersionBump,
  it: string,
  en: string,
  extra: Partial<ModuleChange> = {},
): ModuleChange {
  return {
    kind,
    path: at.pointer,
    fieldId: at.field.id,
    stepId: at.stepId,
    breaking,
    bump,
    message: { it, en },
    ...extra,
  };
}

/** Whether showing a field in more cases can refuse an old submission: it is (maybe) required, or others read it. */
function showingMoreBreaks(field: Field, read: Set<string>): boolean {
  return Boolean(
    field.required ||
    field.requiredWhen ||
    read.has(field.id) ||
    (field.fields ?? []).some((c) => showingMoreBreaks(c, read)),
  );
}

/** What changed in a field present in both versions (children are compared on their own). */
export function fieldChanges(a: PlacedField, b: PlacedField, ia: ModuleIndex): ModuleChange[] {
  const [fa, fb] = [a.field, b.field];
  const out: ModuleChange[] = [];
  const add = (
    kind: ModuleChangeKind,
    breaking: boolean,
    bump: VersionBump,
    it: string,
    en: string,
    extra: Partial<ModuleChange> = {},
  ) => out.push(fieldChange(kind, b, breaking, bump, it, en, extra));
  const valued = hasValue(fb);

  if (fa.kind !== fb.kind) {
    add(
      'field-kind-changed',
      valued,
      valued ? 'major' : 'minor',
      `Il campo ${name(fb)} cambia tipo da ${fa.kind} a ${fb.kind}`,
      `field ${fb.id} changed kind from ${fa.kind} to ${fb.kind}`,
      {
        path: `${b.pointer}/kind`,
        before: fa.kind,
        after: fb.kind,
      },
    );
  } else {
    for (const p of propChanges(fa, fb, getFieldKind(fb.kind))) {
      add('field-props-changed', p.breaking, p.bump, `${name(fb)}: ${p.it}`, `field ${fb.id}: ${p.en}`, {
        path: `${b.pointer}/props/${p.property}`,
        property: p.property,
        before: p.before,
        after: p.after,
      });
    }
  }
  if (!sameJson(fa.label, fb.label))
    add(
      'field-label-changed',
      false,
      'patch',
      `Etichetta di ${name(fb)} cambiata`,
      `label of ${fb.id} changed`,
      {
        path: `${b.pointer}/label`,
        before: fa.label,
        after: fb.label,
      },
    );
  if (!sameJson(fa.help, fb.help))
    add('field-help-changed', false, 'patch', `Aiuto di ${name(fb)} cambiato`, `help of ${fb.id} changed`, {
      path: `${b.pointer}/help`,
      before: fa.help,
      after: fb.help,
    });
  if (Boolean(fa.required) !== Boolean(fb.required)) {
    const now = Boolean(fb.required);
    add(
      'field-required-changed',
      now && valued,
      now && valued ? 'major' : 'minor',
      now ? `${name(fb)} diventa obbligatorio` : `${name(fb)} diventa facoltativo`,
      now ? `${fb.id} is now required` : `${fb.id} is now optional`,
      { path: `${b.pointer}/required`, before: Boolean(fa.required), after: now },
    );
  }
  if (!sameJson(fa.condition, fb.condition)) {
    // A new or changed condition can hide a field that old answers filled in; dropping it only
    // shows the field more often, which breaks only if it is then required or read by others.
    const breaking = valued && (fb.condition !== undefined || showingMoreBreaks(fb, ia.read));
    const what = fb.condition === undefined ? 'tolta' : fa.condition === undefined ? 'aggiunta' : 'cambiata';
    const whatEn = fb.condition === undefined ? 'removed' : fa.condition === undefined ? 'added' : 'changed';
    add(
      'field-condition-changed',
      breaking,
      breaking ? 'major' : 'minor',
      `Condizione di ${name(fb)} ${what}`,
      `condition of ${fb.id} ${whatEn}`,
      {
        path: `${b.pointer}/condition`,
        before: fa.condition,
        after: fb.condition,
      },
    );
  }
  const tightening = (kind: ModuleChangeKind, key: 'requiredWhen' | 'dateRules', it: string, en: string) => {
    if (sameJson(fa[key], fb[key])) return;
    const breaking = valued && fb[key] !== undefined && !(Array.isArray(fb[key]) && fb[key].length === 0);
    add(
      kind,
      breaking,
      breaking ? 'major' : 'minor',
      `${it} di ${name(fb)} ${breaking ? 'cambiato' : 'tolto'}`,
      `${en} of ${fb.id} ${breaking ? 'changed' : 'removed'}`,
      {
        path: `${b.pointer}/${key}`,
        before: fa[key],
        after: fb[key],
      },
    );
  };
  tightening('field-required-when-changed', 'requiredWhen', 'Obbligo condizionato', 'requiredWhen');
  tightening('field-date-rules-changed', 'dateRules', 'Vincolo sulle date', 'date rules');
  if (fa.prefill !== fb.prefill || Boolean(fa.readOnlyWhenPrefilled) !== Boolean(fb.readOnlyWhenPrefilled))
    add(
      'field-prefill-changed',
      false,
      'minor',
      `Precompilazione di ${name(fb)} cambiata`,
      `prefill of ${fb.id} changed`,
      {
        path: `${b.pointer}/prefill`,
        before: fa.prefill,
        after: fb.prefill,
      },
    );
  return out;
}

/**
 * A field that changed place. Into or out of a group or list changes where its answer sits
 * (breaking); into a step with another condition changes when it is shown (breaking); a new
 * position among the same siblings is presentation only.
 */
export function fieldMove(a: PlacedField, b: PlacedField, reorderedHere: boolean): ModuleChange | undefined {
  const fb = b.field;
  const valued = hasValue(fb);
  if (a.parentId !== b.parentId) {
    const from = a.parentId ? `dal gruppo ${a.parentId}` : 'dal primo livello';
    const to = b.parentId ? `nel gruppo ${b.parentId}` : 'al primo livello';
    return fieldChange(
      'field-moved',
      b,
      valued,
      valued ? 'major' : 'patch',
      `${name(fb)} spostato ${from} ${to}: la risposta cambia posto`,
      `field ${fb.id} moved ${a.parentId ? `out of ${a.parentId}` : 'from the top level'} ${b.parentId ? `into ${b.parentId}` : 'to the top level'}`,
      {
        before: a.pointer,
        after: b.pointer,
      },
    );
  }
  if (a.stepId !== b.stepId) {
    const breaking = valued && !a.parentId && !sameJson(a.stepCondition, b.stepCondition);
    return fieldChange(
      'field-moved',
      b,
      breaking,
      breaking ? 'major' : 'patch',
      `${name(fb)} spostato dal passo ${a.stepId} al passo ${b.stepId}${breaking ? ', che ha un’altra condizione' : ''}`,
      `field ${fb.id} moved from step ${a.stepId} to ${b.stepId}${breaking ? ', whose condition differs' : ''}`,
      {
        before: a.pointer,
        after: b.pointer,
      },
    );
  }
  if (reorderedHere)
    return fieldChange(
      'field-moved',
      b,
      false,
      'patch',
      `${name(fb)} spostato in un'altra posizione`,
      `field ${fb.id} moved to another position`,
      {
        before: a.pointer,
        after: b.pointer,
      },
    );
  return undefined;
}

export { hasValue, showingMoreBreaks };
