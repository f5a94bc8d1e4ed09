import type { Field } from '@modulo/form-model';

/** An answer inside a submission, with its JSON Pointer. */
export interface LocatedAnswer {
  field: Field;
  path: string;
  value: unknown;
}

/** Every answer given to a field of `kind`, at any depth (groups, list items). */
export function answersOfKind(fields: Field[], data: unknown, kind: string, prefix = ''): LocatedAnswer[] {
  if (typeof data !== 'object' || data === null) return [];
  const answers = data as Record<string, unknown>;
  return fields.flatMap((field) => {
    if (!Object.hasOwn(answers, field.id)) return [];
    const value = answers[field.id];
    const path = `${prefix}/${field.id}`;
    const own = field.kind === kind ? [{ field, path, value }] : [];
    if (!field.fields) return own;
    const children = field.fields;
    const nested = Array.isArray(value)
      ? value.flatMap((item, i) => answersOfKind(children, item, kind, `${path}/${i}`))
      : answersOfKind(children, value, kind, path);
    return [...own, ...nested];
  });
}

/** A deep copy of `data` with the answer at a JSON Pointer replaced. */
export function withAnswer<T>(data: T, path: string, value: unknown): T {
  const copy = structuredClone(data);
  const keys = path.split('/').slice(1);
  const last = keys.pop();
  let node: unknown = copy;
  for (const key of keys) node = (node as Record<string, unknown>)[key];
  if (last === undefined || typeof node !== 'object' || node === null)
    throw new Error(`no answer at ${path}`);
  (node as Record<string, unknown>)[last] = value;
  return copy;
}

/** The same codice fiscale (or 11-digit code) with a wrong check character. */
export function breakCheckCharacter(code: string): string {
  const last = code.at(-1) ?? 'A';
  const wrong = /[0-9]/.test(last)
    ? String((Number(last) + 1) % 10)
    : String.fromCharCode(65 + ((last.charCodeAt(0) - 65 + 1) % 26));
  return code.slice(0, -1) + wrong;
}
