import { modelError } from '../messages/modelError';
import type { Module, ModelError } from '../types';
import { walkFields } from '../walkFields';

/** The pattern and length of step and field ids in the module format (module.schema.json). */
const ID_PATTERN = /^[a-z][A-Za-z0-9]*$/;
const MAX_ID_LENGTH = 64;
/** Generated ids stay well under the limit so a numeric suffix always fits. */
const MAX_GENERATED_LENGTH = 40;

/** Every id in the one namespace that steps and fields share. */
export function takenIds(module: Module): Set<string> {
  return new Set([...module.steps.map((s) => s.id), ...walkFields(module).map((l) => l.field.id)]);
}

/** Refuses an id that is malformed or already used by a step or field; `path` points where it would go. */
export function checkNewId(module: Module, id: string, path: string): ModelError | undefined {
  if (typeof id !== 'string' || !ID_PATTERN.test(id) || id.length > MAX_ID_LENGTH) {
    return modelError('invalid_id', { id, problem: 'id_pattern', max: MAX_ID_LENGTH }, path, { id });
  }
  if (takenIds(module).has(id)) return modelError('duplicate_id', { id, taken: true }, path, { id });
  return undefined;
}

/** A camelCase id from free text ("Codice fiscale" → "codiceFiscale"), or `fallback` if none can be made. */
export function toCamelId(text: string, fallback: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  let id = '';
  for (const [i, word] of words.entries()) {
    const next = id + (i === 0 ? word : word[0]!.toUpperCase() + word.slice(1));
    if (next.length > MAX_GENERATED_LENGTH) break;
    id = next;
  }
  return /^[a-z]/.test(id) ? id : fallback;
}

/**
 * `base` if free, else the first free of base2, base3... (with any trailing digits of `base`
 * dropped first, so copying "nome2" gives "nome3" rather than "nome22"). Adds it to `taken`.
 */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  if (taken.has(id)) {
    const stem = base.replace(/[0-9]+$/, '') || base;
    for (let n = 2; taken.has((id = `${stem}${n}`)); n++);
  }
  taken.add(id);
  return id;
}

/** A fresh id for a new field or step, made from a label or kind name ("short-text" → "shortText"). */
export function uniqueFieldId(module: Module, text: string, fallback = 'campo'): string {
  return uniqueId(toCamelId(text, fallback), takenIds(module));
}
