import type { Module } from '@modulo/form-model';
import { parseModule } from '@modulo/form-model';
import contributo from '../../../form-library/modules/contributo-economico.module.json';
import disservizio from '../../../form-library/modules/segnalazione-disservizio.module.json';
import mensa from '../../../form-library/modules/iscrizione-mensa-scolastica.module.json';

/** Library modules for stories and component tests (browser-safe: no node:fs). */
export function sampleModule(name: 'contributo' | 'disservizio' | 'mensa'): Module {
  const json = { contributo, disservizio, mensa }[name];
  const parsed = parseModule(json);
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
  return parsed.value;
}

/** A SPID identity for previews: Mario Rossi. */
export const SAMPLE_IDENTITY = {
  fiscalNumber: 'RSSMRA85T10A562S',
  givenName: 'Mario',
  familyName: 'Rossi',
  birthdate: '1985-12-10',
  email: 'mario.rossi@example.it',
};
