import type { Lang } from './uiTexts';

const it = {
  title: 'Verifica una ricevuta',
  intro:
    'Chi ha una ricevuta può controllare che la pratica esista con quella impronta e che il registro di protocollo non sia stato alterato fino a essa.',
  code: 'Codice pratica',
  codeHint: 'Per esempio K7QM-4TZP: è sulla ricevuta.',
  hash: 'Impronta SHA-256 della domanda',
  hashHint: '64 caratteri esadecimali, sulla ricevuta sotto «Verifica».',
  submit: 'Verifica',
  result: 'Esito',
  verified: (links: number) =>
    `Ricevuta autentica: la pratica esiste con questa impronta e la catena del registro è integra (${links} registrazioni verificate).`,
  notFound: 'Nessuna pratica con questo codice. Controlla il codice sulla ricevuta.',
  hashMismatch:
    "L'impronta non corrisponde a quella della pratica con questo codice: la ricevuta non è di questa domanda o è stata modificata.",
  chainBroken: (seq: number) =>
    `Attenzione: la catena del registro non si ricompone alla registrazione n. ${seq}. Il registro potrebbe essere stato alterato: rivolgiti all'ente.`,
  invalidCode: 'Il codice pratica ha 8 caratteri in due gruppi, per esempio K7QM-4TZP.',
  invalidHash: "L'impronta è di 64 caratteri esadecimali (0-9, a-f).",
  pratica: 'Pratica',
  ente: 'Ente',
  segnatura: 'Segnatura di protocollo',
  filed: 'Presentata il',
  subject: 'Oggetto',
};

export type VerifyTexts = typeof it;

const en: VerifyTexts = {
  title: 'Check a receipt',
  intro:
    'Anyone holding a receipt can check that the case exists with that fingerprint and that the protocol register has not been altered up to it.',
  code: 'Case code',
  codeHint: 'For example K7QM-4TZP: it is on the receipt.',
  hash: 'SHA-256 fingerprint of the application',
  hashHint: '64 hexadecimal characters, on the receipt under «Verifica».',
  submit: 'Check',
  result: 'Result',
  verified: (links) =>
    `Genuine receipt: the case exists with this fingerprint and the register's chain is intact (${links} entries checked).`,
  notFound: 'No case with this code. Check the code on the receipt.',
  hashMismatch:
    'The fingerprint does not match the case with this code: the receipt is not for this application or it was altered.',
  chainBroken: (seq) =>
    `Warning: the register's chain does not recompute at entry ${seq}. The register may have been altered: contact the administration.`,
  invalidCode: 'A case code has 8 characters in two groups, for example K7QM-4TZP.',
  invalidHash: 'The fingerprint is 64 hexadecimal characters (0-9, a-f).',
  pratica: 'Case',
  ente: 'Administration',
  segnatura: 'Protocol stamp',
  filed: 'Filed on',
  subject: 'Subject',
};

/** The texts of the verification page, Italian first. */
export const verifyTexts: Readonly<Record<Lang, VerifyTexts>> = { it, en };
