import type { Module } from '@modulo/form-model';
import { importFormio, importJsonSchema, parseModule } from '@modulo/form-model';

export type ImportFormat = 'module' | 'jsonSchema' | 'formio';

/** What an import gives: the module and what did not map, or why nothing could be read. */
export type ImportOutcome =
  | {
      ok: true;
      module: Module;
      unmapped: { path: string; reason: string }[];
      /** Parse or lint errors that keep the module from being published until fixed. */
      blocking: { code: string; message: string; path?: string }[];
    }
  | {
      ok: false;
      code: string;
      message: string;
      messageEn: string;
      details?: { path: string; message: string }[];
    };

/**
 * Reads a document through the model's doors: `parseModule` for a module file,
 * `importJsonSchema` for a plain JSON Schema, `importFormio` for a Form.io form.
 */
export function importDocument(format: ImportFormat, text: string): ImportOutcome {
  if (format === 'module') {
    const r = parseModule(text);
    if (r.ok) return { ok: true, module: r.value, unmapped: [], blocking: [] };
    return {
      ok: false,
      code: r.error.code,
      message: r.error.message,
      messageEn: `The module was refused (${r.error.code}).`,
      details: r.error.details,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      code: 'invalid_json',
      message: `Il testo non è JSON valido: ${(e as Error).message}`,
      messageEn: `The text is not valid JSON: ${(e as Error).message}`,
    };
  }
  const r = format === 'jsonSchema' ? importJsonSchema(json) : importFormio(json);
  return { ok: true, module: r.module, unmapped: r.unmapped, blocking: r.blocking };
}
