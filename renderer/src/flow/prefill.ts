import type { Module } from '@modulo/form-model';
import type { Identity } from '../api/ModuloApi';

/**
 * Answers taken from the citizen's SPID/CIE identity (`Field.prefill`) for top-level fields and
 * fields inside groups, and the ids the citizen may not change (`readOnlyWhenPrefilled`).
 */
export function prefill(
  module: Module,
  identity: Identity | null,
): { answers: Record<string, unknown>; readonlyIds: Set<string> } {
  const answers: Record<string, unknown> = {};
  const readonlyIds = new Set<string>();
  if (!identity) return { answers, readonlyIds };
  for (const step of module.steps)
    for (const field of step.fields) {
      if (field.prefill) {
        const value = valueOf(identity, field.prefill);
        if (value !== undefined) {
          answers[field.id] = value;
          if (field.readOnlyWhenPrefilled) readonlyIds.add(field.id);
        }
      }
      if (field.kind === 'group')
        for (const child of field.fields ?? []) {
          const value = child.prefill ? valueOf(identity, child.prefill) : undefined;
          if (value !== undefined)
            answers[field.id] = { ...(answers[field.id] as object), [child.id]: value };
        }
    }
  return { answers, readonlyIds };
}

function valueOf(identity: Identity, source: string): unknown {
  if (source === 'fullName' && !identity.fullName && identity.givenName)
    return `${identity.givenName} ${identity.familyName ?? ''}`.trim();
  const v = identity[source];
  if (source === 'address' && (typeof v !== 'object' || v === null)) return undefined;
  return v === null || v === '' ? undefined : v;
}
