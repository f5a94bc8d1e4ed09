import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { Format } from 'ajv';
import { italianFormats } from '@modulo/form-model';

/**
 * The one formats module of every compiled validator (TOOLCHAIN.md "Ajv standalone"): Ajv is
 * given exactly these values, and the generated code reads them back by name from this same
 * module, bundled beside it. A mismatch would fail silently in the browser, so both sides import
 * this object and nothing else.
 */
export const validatorFormats: Record<string, Format> = {
  ...fullFormats,
  ...Object.fromEntries(
    Object.entries(italianFormats).map(([name, validate]) => [name, { type: 'string', validate } as Format]),
  ),
};

export default validatorFormats;
