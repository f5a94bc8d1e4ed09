import type { Field } from '@modulo/form-model';

/** One field of every kind, as the designer would make it, for stories and tests. */
export const SAMPLE_FIELDS: Record<string, Field> = {
  shortText: {
    id: 'nome',
    kind: 'short-text',
    label: { it: 'Nome', en: 'First name' },
    required: true,
    help: { it: 'Come sul documento di identità.' },
  },
  longText: {
    id: 'descrizione',
    kind: 'long-text',
    label: { it: 'Descrizione', en: 'Description' },
    required: true,
  },
  email: { id: 'email', kind: 'email', label: { it: 'E-mail' }, required: true },
  phone: { id: 'telefono', kind: 'phone', label: { it: 'Telefono' } },
  number: {
    id: 'figli',
    kind: 'number',
    label: { it: 'Numero di figli' },
    props: { integer: true, min: 0, max: 20 },
  },
  codiceFiscale: {
    id: 'codiceFiscale',
    kind: 'codice-fiscale',
    label: { it: 'Codice fiscale', en: 'Tax code' },
    required: true,
  },
  partitaIva: { id: 'partitaIva', kind: 'partita-iva', label: { it: 'Partita IVA' } },
  iban: { id: 'iban', kind: 'iban', label: { it: 'IBAN' }, required: true },
  cap: { id: 'cap', kind: 'cap', label: { it: 'CAP' } },
  address: {
    id: 'residenza',
    kind: 'address',
    label: { it: 'Indirizzo di residenza', en: 'Home address' },
    required: true,
  },
  amount: {
    id: 'importo',
    kind: 'amount',
    label: { it: 'Importo richiesto', en: 'Amount requested' },
    required: true,
  },
  date: {
    id: 'dataNascita',
    kind: 'date',
    label: { it: 'Data di nascita' },
    required: true,
    props: { notBefore: '1900-01-01' },
  },
  attachment: { id: 'documento', kind: 'attachment', label: { it: 'Documento di identità' }, required: true },
  attachments: {
    id: 'fatture',
    kind: 'attachment',
    label: { it: 'Fatture' },
    props: { multiple: true, maxFiles: 3 },
  },
  privacyConsent: {
    id: 'privacy',
    kind: 'privacy-consent',
    label: { it: 'Ho letto l’informativa sulla privacy' },
    required: true,
  },
  infoText: {
    id: 'info',
    kind: 'info-text',
    label: { it: 'Prima di iniziare' },
    props: {
      markdown: { it: 'Tieni a portata di mano il **codice fiscale** e l’[ISEE](https://www.inps.it).' },
    },
  },
  yesNo: {
    id: 'disabilita',
    kind: 'yes-no',
    label: { it: 'Hai una disabilità certificata?' },
    required: true,
  },
  singleChoice: {
    id: 'parentela',
    kind: 'single-choice',
    label: { it: 'Parentela' },
    required: true,
    props: {
      options: [
        { value: 'figlio', label: { it: 'Figlio/a' } },
        { value: 'coniuge', label: { it: 'Coniuge' } },
        { value: 'altro', label: { it: 'Altro' } },
      ],
    },
  },
  select: {
    id: 'provincia',
    kind: 'single-choice',
    label: { it: 'Provincia' },
    props: {
      display: 'select',
      options: [
        { value: 'RA', label: { it: 'Ravenna' } },
        { value: 'FC', label: { it: 'Forlì-Cesena' } },
        { value: 'RN', label: { it: 'Rimini' } },
      ],
    },
  },
  multipleChoice: {
    id: 'spese',
    kind: 'multiple-choice',
    label: { it: 'Per quali spese?' },
    required: true,
    props: {
      options: [
        { value: 'affitto', label: { it: 'Affitto' } },
        { value: 'utenze', label: { it: 'Utenze' } },
        { value: 'sanitarie', label: { it: 'Spese sanitarie' } },
      ],
    },
  },
  group: {
    id: 'delegato',
    kind: 'group',
    label: { it: 'Persona delegata' },
    fields: [
      { id: 'nomeDelegato', kind: 'short-text', label: { it: 'Nome e cognome' }, required: true },
      { id: 'cfDelegato', kind: 'codice-fiscale', label: { it: 'Codice fiscale' }, required: true },
    ],
  },
  repeatable: {
    id: 'nucleo',
    kind: 'repeatable',
    label: { it: 'Componenti del nucleo familiare' },
    props: { itemLabel: { it: 'Componente' }, minItems: 0, maxItems: 6 },
    fields: [
      { id: 'nomeFamiliare', kind: 'short-text', label: { it: 'Nome' }, required: true },
      { id: 'disabile', kind: 'yes-no', label: { it: 'Con disabilità?' } },
      {
        id: 'percentuale',
        kind: 'number',
        label: { it: 'Percentuale di invalidità' },
        condition: { field: 'disabile', op: 'equals', value: true },
      },
    ],
  },
};

/** A valid filled value of each sample field. */
export const SAMPLE_VALUES: Record<string, unknown> = {
  shortText: 'Mario',
  longText: 'La strada è dissestata all’altezza del civico 12.',
  email: 'mario.rossi@example.it',
  phone: '+39 0544 123456',
  number: 2,
  codiceFiscale: 'RSSMRA85T10A562S',
  partitaIva: '00488410010',
  iban: 'IT60X0542811101000000123456',
  cap: '48121',
  address: { street: 'Via Roma', number: '12', cap: '48121', comune: 'Ravenna', provincia: 'RA' },
  amount: 123450,
  date: '1985-12-10',
  attachment: { name: 'carta-identita.pdf', mediaType: 'application/pdf', size: 234567, ref: 'upload-1' },
  attachments: [{ name: 'fattura-1.pdf', mediaType: 'application/pdf', size: 120000, ref: 'upload-2' }],
  privacyConsent: true,
  yesNo: false,
  singleChoice: 'coniuge',
  select: 'FC',
  multipleChoice: ['affitto', 'utenze'],
  group: { nomeDelegato: 'Anna Neri', cfDelegato: 'RSSMRA85T10A562S' },
  repeatable: [{ nomeFamiliare: 'Giulia', disabile: true, percentuale: 75 }],
};
