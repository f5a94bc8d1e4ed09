import type { Field, Module } from '@modulo/form-model';

/** An attachment field reached by a reference key, and where its answer sits in the answers. */
export interface AttachmentTarget {
  field: Field;
  /** JSON Pointer segments into the answers, e.g. ["figli", "0", "certificatoDieta"]. */
  segments: string[];
}

/**
 * Resolves a key of a submission's `attachments`: a top-level field id ("planimetria") or a
 * JSON Pointer into the answers for attachments inside groups and lists
 * ("/figli/0/certificatoDieta"). Undefined unless it ends on an attachment field.
 */
export function attachmentField(module: Module, key: string): AttachmentTarget | undefined {
  const segments = key.startsWith('/')
    ? key
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    : [key];
  let level: Field[] = module.steps.flatMap((s) => s.fields);
  let field: Field | undefined;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (field?.kind === 'repeatable' && /^(0|[1-9]\d{0,3})$/.test(seg)) continue;
    field = level.find((f) => f.id === seg);
    if (!field) return undefined;
    level = field.fields ?? [];
  }
  return field?.kind === 'attachment' ? { field, segments } : undefined;
}

/** Every attachment field of a module (for checks of the required ones). */
export function attachmentFields(module: Module): Field[] {
  const out: Field[] = [];
  const walk = (fields: Field[]) =>
    fields.forEach((f) => {
      if (f.kind === 'attachment') out.push(f);
      if (f.fields) walk(f.fields);
    });
  module.steps.forEach((s) => walk(s.fields));
  return out;
}

/**
 * Sets `value` at `segments` inside `answers`, creating the objects of groups on the way; an
 * item of a list must already be there (the citizen's other answers in it come first).
 */
export function setAnswerAt(answers: Record<string, unknown>, segments: string[], value: unknown): boolean {
  let node: unknown = answers;
  for (let i = 0; i < segments.length - 1; i++) {
    const seg = segments[i]!;
    const container = node as Record<string, unknown>;
    if (Array.isArray(container)) {
      node = container[Number(seg)];
      if (node === null || typeof node !== 'object') return false;
      continue;
    }
    if (container[seg] === undefined) container[seg] = {};
    node = container[seg];
    if (node === null || typeof node !== 'object') return false;
  }
  (node as Record<string, unknown>)[segments[segments.length - 1]!] = value;
  return true;
}

/**
 * Removes every attachment answer the client sent: attachment metadata comes only from the
 * server's upload records (names, types and sizes in the JSON are never trusted).
 */
export function stripAttachmentAnswers(fields: Field[], answers: Record<string, unknown>): void {
  for (const f of fields) {
    const value = answers[f.id];
    if (f.kind === 'attachment') delete answers[f.id];
    else if (f.fields && value !== null && typeof value === 'object') {
      const items = Array.isArray(value) ? value : [value];
      for (const item of items)
        if (item !== null && typeof item === 'object')
          stripAttachmentAnswers(f.fields, item as Record<string, unknown>);
    }
  }
}
