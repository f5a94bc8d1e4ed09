import type { Module } from '@modulo/form-model';
import { compile } from '@modulo/form-model';
import type { Store } from '../storage/Store';
import type { CompiledValidators } from './compileValidators';
import { compileValidators } from './compileValidators';

// Keyed by store, then by ente/module/version: a published version never changes, so its code
// is compiled once per process at most (and once ever when the store already has it).
const cache = new WeakMap<Store, Map<string, Promise<CompiledValidators>>>();

/**
 * The browser validators of a published version: from memory, else from the store (compiled at
 * publish), else compiled now and stored (versions published before validators existed, seeds).
 */
export function validatorsFor(
  store: Store,
  enteId: string,
  published: { moduleId: string; version: string; module: Module },
): Promise<CompiledValidators> {
  let byKey = cache.get(store);
  if (!byKey) cache.set(store, (byKey = new Map()));
  const key = `${enteId}/${published.moduleId}/${published.version}`;
  let found = byKey.get(key);
  if (!found) {
    found = (async () => {
      const stored = await store.modules.validators(enteId, published.moduleId, published.version);
      if (stored) return stored;
      const compiled = await compileValidators(compile(published.module).schema);
      await store.modules.putValidators(enteId, published.moduleId, published.version, compiled);
      return compiled;
    })();
    // A failure is not cached: the next request tries again.
    found.catch(() => byKey.delete(key));
    byKey.set(key, found);
  }
  return found;
}
