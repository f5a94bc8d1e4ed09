import type { Module } from '@modulo/form-model';
import { parseModule } from '@modulo/form-model';

export type ImportFormat = 'module' | 'jsonSchema' | 'formio';

/** What an import gives: the module and what did not map, or why nothing could be read. */
export type ImportOutcome =
  | { ok: true; module: Module; unmapped: { path: string; reason: string }[] }
  | {
      ok: false;
      code: string;
      message: string;
      messageEn: string;
      details?: { path: string; message: string }[];
    };

/**
 * Reads a document through the model's doors: `parseModule` for a module file; the model's
 * `importJsonSchema` / `importFormio` for the others once they land (until then, a clear refusal).
 */
export function importDocument(format: ImportFormat, text: string): ImportOutcome {
  if (format !== 'module') {
    return {
      ok: false,
      code: 'importer_unavailable',
      message: 'Questo formato si potrà importare quando il modello avrà i suoi importatori.',
      messageEn: 'This format can be imported once the model has its importers.',
    };
  }
  const r = parseModule(text);
  if (r.ok) return { ok: true, module: r.value, unmapped: [] };
  return {
    ok: false,
    code: r.error.code,
    message: r.error.message,
    messageEn: `The module was refused (${r.error.code}).`,
    details: r.error.details,
  };
}
