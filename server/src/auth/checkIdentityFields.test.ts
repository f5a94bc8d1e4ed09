import { describe, expect, it } from 'vitest';
import { getLibraryModule } from '@modulo/form-library';
import type { Module } from '@modulo/form-model';
import { checkIdentityFields } from './checkIdentityFields';
import type { Citizen } from './identity';

const accesso = getLibraryModule('accesso-atti') as Module;
const mario: Citizen = {
  issuer: 'https://idp.example',
  sub: 'mario',
  level: 'SpidL2',
  fiscalNumber: 'RSSMRA80A01H501U',
  givenName: 'Mario',
  familyName: 'Rossi',
  email: 'mario@example.it',
  companyName: 'Rossi S.r.l.',
  vatNumber: '12345678903',
};

/** accesso-atti with the company group's prefilled fields locked too. */
const lockedCompany: Module = {
  ...accesso,
  steps: accesso.steps.map((s) => ({
    ...s,
    fields: s.fields.map((f) =>
      f.id === 'impresa'
        ? { ...f, fields: f.fields!.map((g) => ({ ...g, readOnlyWhenPrefilled: true })) }
        : f,
    ),
  })),
};

describe('checkIdentityFields', () => {
  it('accepts the identity’s own values, in any case and spacing', () => {
    const answers = { codiceFiscale: 'rssmra80a01h501u', nome: ' mario ', cognome: 'ROSSI' };
    expect(checkIdentityFields(accesso, answers, mario)).toEqual([]);
  });

  it('refuses a fiscal code or a name that is not the logged-in citizen’s', () => {
    const answers = { codiceFiscale: 'VRDGPP80A01H501X', nome: 'Mario', cognome: 'Bianchi' };
    const errors = checkIdentityFields(accesso, answers, mario);
    expect(errors.map((e) => [e.code, e.path, e.claim])).toEqual([
      ['identity_mismatch', '/codiceFiscale', 'fiscalNumber'],
      ['identity_mismatch', '/cognome', 'familyName'],
    ]);
    expect(errors[0]!.message).toContain('Codice fiscale');
    expect(errors[0]!.messageEn).toContain('"Tax code"');
  });

  it('refuses a non-string answer where a claim is locked', () => {
    const errors = checkIdentityFields(accesso, { codiceFiscale: 42 }, mario);
    expect(errors.map((e) => e.path)).toEqual(['/codiceFiscale']);
  });

  it('leaves editable fields (e-mail without readOnly) and missing claims alone', () => {
    const noNames: Citizen = { ...mario, givenName: undefined, familyName: undefined };
    const answers = { codiceFiscale: mario.fiscalNumber, nome: 'X', cognome: 'Y', email: 'other@x.it' };
    expect(checkIdentityFields(accesso, answers, noNames)).toEqual([]);
  });

  it('checks inside groups, at the nested path', () => {
    const answers = {
      codiceFiscale: mario.fiscalNumber,
      impresa: { ragioneSociale: 'Altra S.p.A.', partitaIva: 'IT 12345678903' },
    };
    expect(checkIdentityFields(lockedCompany, answers, mario).map((e) => e.path)).toEqual([
      '/impresa/ragioneSociale',
    ]);
  });

  it('has nothing to compare without a logged-in citizen', () => {
    expect(checkIdentityFields(accesso, { codiceFiscale: 'X' }, undefined)).toEqual([]);
  });
});
