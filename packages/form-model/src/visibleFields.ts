import type { FieldKindRegistry } from './kinds/FieldKind';
import { builtInRegistry } from './kinds/registry';
import type { Module } from './types';
import { walkVisible } from './visibility';

/**
 * The ids of the fields shown for these answers: step conditions, field conditions and,
 * transitively, the visibility of every field a condition reads, exactly as the compiled schema
 * decides it. A child of a repeatable list counts when it is shown in at least one entry (see
 * `visiblePointers` for each entry); the children of a shown group count even before the group
 * is answered. Fields without an answer (information texts) are never listed.
 */
export function visibleFields(
  module: Module,
  answers: unknown,
  options: { registry?: FieldKindRegistry } = {},
): Set<string> {
  const ids = new Set<string>();
  const kinds = options.registry ?? builtInRegistry;
  walkVisible(
    module,
    answers,
    ({ field }) => ids.add(field.id),
    (k) => kinds.get(k),
  );
  return ids;
}

/**
 * The JSON Pointers of the answers shown for these answers, entry by entry in repeatable lists
 * ("/figli/0/certificato"): what a renderer shows, and where the schema accepts an answer.
 */
export function visiblePointers(
  module: Module,
  answers: unknown,
  options: { registry?: FieldKindRegistry } = {},
): Set<string> {
  const pointers = new Set<string>();
  const kinds = options.registry ?? builtInRegistry;
  walkVisible(
    module,
    answers,
    ({ pointer }) => pointers.add(pointer),
    (k) => kinds.get(k),
  );
  return pointers;
}
