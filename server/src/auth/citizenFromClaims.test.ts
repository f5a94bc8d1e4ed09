import { describe, expect, it } from 'vitest';
import { citizenFromClaims, FISCAL_NUMBER_CLAIM } from './citizenFromClaims';

const ISS = 'https://idp.example';

describe('citizenFromClaims', () => {
  it('strips TINIT- and VATIT-, takes the PEC and the level from acr', () => {
    const r = citizenFromClaims(ISS, {
      sub: 'abc',
      acr: 'https://www.spid.gov.it/SpidL2',
      [FISCAL_NUMBER_CLAIM]: 'TINIT-rssmra80a01h501u',
      given_name: 'Mario',
      family_name: 'Rossi',
      birthdate: '1980-01-01',
      email: 'mario@example.it',
      phone_number: '+393331234567',
      address: { street_address: 'Via Roma 1', postal_code: '00100', locality: 'Roma' },
      'https://attributes.eid.gov.it/company_name': 'Rossi S.r.l.',
      'https://attributes.eid.gov.it/vat_number': 'VATIT-12345678903',
      'https://attributes.eid.gov.it/e_delivery_service': 'rossi@pec.it',
    });
    expect(r).toEqual({
      ok: true,
      citizen: {
        issuer: ISS,
        sub: 'abc',
        level: 'SpidL2',
        fiscalNumber: 'RSSMRA80A01H501U',
        givenName: 'Mario',
        familyName: 'Rossi',
        birthdate: '1980-01-01',
        email: 'mario@example.it',
        phoneNumber: '+393331234567',
        address: 'Via Roma 1, 00100, Roma',
        companyName: 'Rossi S.r.l.',
        vatNumber: '12345678903',
        pec: 'rossi@pec.it',
      },
    });
  });

  it('prefers a formatted address and leaves absent claims out', () => {
    const r = citizenFromClaims(ISS, {
      sub: 's',
      acr: 'https://www.spid.gov.it/SpidL1',
      [FISCAL_NUMBER_CLAIM]: 'TINIT-RSSMRA80A01H501U',
      address: { formatted: 'Via Roma 1, Roma', locality: 'x' },
    });
    expect(r.ok && r.citizen).toEqual({
      issuer: ISS,
      sub: 's',
      level: 'SpidL1',
      fiscalNumber: 'RSSMRA80A01H501U',
      address: 'Via Roma 1, Roma',
    });
  });

  it('refuses a login without fiscal number or without a SPID level', () => {
    const noCf = citizenFromClaims(ISS, { sub: 's', acr: 'https://www.spid.gov.it/SpidL2' });
    expect(!noCf.ok && noCf.error.code).toBe('missing_fiscal_number');
    const noAcr = citizenFromClaims(ISS, { sub: 's', acr: 'urn:other', [FISCAL_NUMBER_CLAIM]: 'TINIT-X' });
    expect(!noAcr.ok && noAcr.error.code).toBe('unknown_level');
  });
});
