import { librarySample } from '@modulo/form-library';
import { asCitizen } from './testAuthenticate';

/** A valid filing of the demo's "segnalazione disservizio" at Montebello, with its citizen. */
export function demoFiling() {
  const { foto: _foto, ...answers } = librarySample('segnalazione-disservizio');
  const citizen = {
    fiscalNumber: String(answers.codiceFiscale),
    givenName: String(answers.nome),
    familyName: String(answers.cognome),
  };
  return {
    path: '/api/entes/montebello/modules/segnalazione-disservizio/submissions',
    headers: { 'content-type': 'application/json', ...asCitizen(citizen) },
    body: JSON.stringify({ version: '1.0.0', answers }),
  };
}
