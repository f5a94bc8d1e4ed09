import { compile, italianFormats, validateSubmission } from '@modulo/form-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineModule } from './edgeCases';
import { formatCodes, formatValues } from './formatValues';
import type { PythonResult } from './runPython';
import { CHECK_FORMATS_PY, pythonJsonschemaVersion, runPython, runScript } from './runPython';

const values = formatValues();
const ts = (format: string, value: string) => italianFormats[format]!(value);

/** One field per format, with the kind's pattern and format beside each other. */
const FIELDS: Record<string, { id: string; kind: string }> = {
  'codice-fiscale': { id: 'codiceFiscale', kind: 'codice-fiscale' },
  'partita-iva': { id: 'partitaIva', kind: 'partita-iva' },
  iban: { id: 'iban', kind: 'iban' },
  cap: { id: 'cap', kind: 'cap' },
};
const module = inlineModule('conformance-formats', 'Formati italiani', [
  {
    id: 'dati',
    title: { it: 'Dati' },
    fields: Object.values(FIELDS).map(({ id, kind }) => ({ id, kind, label: { it: id } })),
  },
]);
const answer = (format: string, value: string) => ({ [FIELDS[format]!.id]: value });

let python: { pure: boolean; checker: boolean }[] = [];
let schemaVerdicts: PythonResult[] = [];

beforeAll(() => {
  pythonJsonschemaVersion();
  python = runScript(CHECK_FORMATS_PY, values);
  const cases = values.map((v, i) => ({ name: String(i), data: answer(v.format, v.value) }));
  schemaVerdicts = runPython([{ module: module.id, schema: compile(module).schema, cases }])[0]!;
});

describe('italian_formats.py agrees with packages/form-model/src/validators', () => {
  it('checks every format the model registers', () => {
    expect(Object.keys(formatCodes()).sort()).toEqual(Object.keys(italianFormats).sort());
    expect(values.length).toBeGreaterThan(400);
  });

  it('format-codes.json says what the TypeScript validators answer', () => {
    for (const [format, codes] of Object.entries(formatCodes())) {
      for (const code of codes.valid) expect(ts(format, code), `${format} ${code}`).toBe(true);
      for (const code of codes.invalid) expect(ts(format, code), `${format} ${code}`).toBe(false);
    }
  });

  it('is_* answers as the TypeScript function on every code and near miss', () => {
    const differ = values.filter((v, i) => python[i]?.pure !== ts(v.format, v.value));
    expect(differ).toEqual([]);
  });

  it('FORMAT_CHECKER answers the same on stored answers and refuses white space', () => {
    const expected = (v: { format: string; value: string }) => !/\s/.test(v.value) && ts(v.format, v.value);
    const differ = values.filter((v, i) => python[i]?.checker !== expected(v));
    expect(differ).toEqual([]);
  });

  it('a field of each kind gets the same verdict from validateSubmission and python-jsonschema', () => {
    const differ = values
      .map((v, i) => ({
        ...v,
        ajv: validateSubmission(module, answer(v.format, v.value)).length === 0,
        python: schemaVerdicts[i]?.valid,
      }))
      .filter((r) => r.ajv !== r.python);
    expect(differ).toEqual([]);
  });
});
