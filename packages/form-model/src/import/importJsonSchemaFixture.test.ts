import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAjv, validateSubmission } from '../validateSubmission';
import { walkFields } from '../walkFields';
import { importJsonSchema } from './importJsonSchema';

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/richiesta-contributo.schema.json'), 'utf8'),
);
const result = importJsonSchema(schema);
const field = (id: string) => walkFields(result.module).find((l) => l.field.id === id)?.field;

const persona = { nome: 'Anna', cognome: 'Neri', codiceFiscale: 'RSSMRA85T10A562S' };
const answers = {
  residenteNelComune: true,
  richiedente: {
    anagrafica: persona,
    email: 'anna.neri@example.it',
    telefono: '+39 0544 123456',
    residenzaCap: '48121',
  },
  nucleo: {
    componenti: [{ nome2: 'Leo', cognome2: 'Neri', codiceFiscale2: 'RSSMRA85T10A562S' }],
    isee: 8200,
    condizione: 'occupato',
  },
  contributo: { motivo: 'Utenze-domestiche', importo: 450, modalita: 'contanti' },
  consenso: true,
};

describe('importJsonSchema on a real-shaped municipal schema (richiesta contributo)', () => {
  it('gives a module that parses and lints without errors, one step per top-level section', () => {
    expect(result.blocking).toEqual([]);
    expect(result.module.id).toBe('richiesta-contributo');
    expect(result.module.steps.map((s) => s.id)).toEqual([
      'dati',
      'passoRichiedente',
      'passoNucleo',
      'passoContributo',
      'altriDati',
    ]);
  });

  it('recognises Italian identifiers by key and pattern, choices, files, lists and $refs', () => {
    expect(
      [
        'codiceFiscale',
        'telefono',
        'residenzaCap',
        'iban',
        'allegati',
        'componenti',
        'condizione',
        'consenso',
        'anagrafica',
      ].map((id) => field(id)?.kind),
    ).toEqual([
      'codice-fiscale',
      'phone',
      'cap',
      'iban',
      'attachment',
      'repeatable',
      'single-choice',
      'privacy-consent',
      'group',
    ]);
    expect([field('isee')?.props, field('importo')?.props]).toEqual([
      { min: 0, max: 100000 },
      { min: 0, max: 5000 },
    ]);
    expect(field('allegati')?.props).toEqual({
      accept: ['application/pdf', 'image/jpeg'],
      maxSizeMb: 5,
      multiple: true,
      maxFiles: 5,
    });
    expect(result.module.procedure.attachments).toEqual([
      { id: 'allegati', label: { it: 'Ricevute e fatture' }, required: false },
    ]);
  });

  it('maps if/then required and dependentRequired to requiredWhen, and then: false to an exit', () => {
    expect(field('dataLicenziamento')?.requiredWhen).toEqual({
      field: 'condizione',
      op: 'equals',
      value: 'disoccupato',
    });
    expect(field('iban')?.requiredWhen).toEqual({ field: 'modalita', op: 'equals', value: 'bonifico' });
    expect(field('intestatario')?.requiredWhen).toEqual({ field: 'iban', op: 'answered' });
    expect(result.module.exits).toMatchObject([
      { id: 'uscita1', when: { field: 'residenteNelComune', op: 'equals', value: false } },
    ]);
  });

  it('lists every rename and placeholder in unmapped, with the source path', () => {
    const reasons = new Map(result.unmapped.map((u) => [u.path, u.reason]));
    expect(reasons.get('/properties/nucleo/properties/data_licenziamento')).toMatch(
      /is not a valid field id: the field is "dataLicenziamento"/,
    );
    expect(reasons.get('/properties/nucleo/properties/componenti/items/properties/nome')).toMatch(
      /already a field id elsewhere.*"nome2"/,
    );
    expect(reasons.get('/properties/contributo/properties/motivo/enum/1')).toBe(
      'option "Utenze domestiche" is stored as "Utenze-domestiche" (option values are letters, digits, - and _)',
    );
    expect(reasons.get('/allOf/0')).toMatch(/exit whose title and message are placeholders/);
    expect(reasons.get('')).toMatch(/procedure data .* placeholders/);
  });

  it('accepts what the source schema accepts, under the renamed keys, and refuses a bad CAP or option', () => {
    expect(validateSubmission(result.module, answers)).toEqual([]);
    // requiredWhen and exits are enforced by compile (model-compile); here: choices, lists, identifiers.
    const wrong = {
      ...answers,
      contributo: { ...answers.contributo, motivo: 'Utenze domestiche' },
      richiedente: { ...answers.richiedente, residenzaCap: '4812' },
    };
    expect(validateSubmission(result.module, wrong).map((e) => e.path)).toEqual([
      '/richiedente/residenzaCap',
      '/contributo/motivo',
    ]);
    // The same answers, under the source's own keys, pass the source schema.
    const source = createAjv().compile(schema);
    const original = {
      ...answers,
      residente_nel_comune: true,
      richiedente: {
        ...answers.richiedente,
        residenza_cap: '48121',
        anagrafica: { nome: 'Anna', cognome: 'Neri', codice_fiscale: 'RSSMRA85T10A562S' },
      },
      nucleo: {
        componenti: [{ nome: 'Leo', cognome: 'Neri', codice_fiscale: 'RSSMRA85T10A562S' }],
        isee: 8200,
        condizione: 'occupato',
      },
      contributo: { ...answers.contributo, motivo: 'Utenze domestiche' },
    };
    delete (original as Record<string, unknown>).residenteNelComune;
    delete (original.richiedente as Record<string, unknown>).residenzaCap;
    expect(source(original) ? [] : source.errors).toEqual([]);
  });
});
