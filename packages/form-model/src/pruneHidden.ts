import type { FieldKindRegistry } from './kinds/FieldKind';
import { builtInRegistry } from './kinds/registry';
import type { Module } from './types';
import { walkVisible } from './visibility';

/**
 * The answers without those the citizen cannot see: hidden fields' answers, unknown keys and
 * info texts are dropped, at every level (groups and each entry of a repeatable list); a shown
 * field's own answer is kept as it is (an address with an unknown part is still refused). What a
 * renderer submits after the citizen changed an answer that hides others, and what a server may
 * store from a draft. Visibility is the compiled schema's (`visibleFields`), so pruning a valid
 * submission returns it unchanged, and a pruned submission is never refused for a hidden or
 * unknown answer.
 */
export function pruneHidden(
  module: Module,
  answers: unknown,
  options: { registry?: FieldKindRegistry } = {},
): Record<string, unknown> {
  const kinds = options.registry ?? builtInRegistry;
  return walkVisible(module, answers, undefined, (k) => kinds.get(k));
}
