import type { Module } from '@modulo/form-model';

/** The upload ids of the attachment answers, as the submissions API wants them beside the answers. */
export function attachmentRefs(
  module: Module,
  answers: Record<string, unknown>,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const step of module.steps)
    for (const f of step.fields) {
      if (f.kind !== 'attachment' || answers[f.id] === undefined) continue;
      const v = answers[f.id] as { ref: string } | { ref: string }[];
      out[f.id] = Array.isArray(v) ? v.map((x) => x.ref) : v.ref;
    }
  return out;
}

/** A fresh idempotency key for one filing (retries of the same filing reuse it). */
export function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random()}`;
}
