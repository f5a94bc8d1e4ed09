import type { Module } from '@modulo/form-model';
import { parseModule } from '@modulo/form-model';

/**
 * The form-library's modules, bundled for the offline designer (the server serves them to
 * the connected one). Each goes through `parseModule`, the only door.
 */
export function libraryTemplates(): Module[] {
  const files = import.meta.glob<{ default: unknown }>('../../../form-library/modules/*.module.json', {
    eager: true,
  });
  return Object.values(files).flatMap((f) => {
    const r = parseModule(f.default);
    return r.ok ? [r.value] : [];
  });
}
