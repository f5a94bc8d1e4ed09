import type { LoginLevel } from '@modulo/form-model';

/** The languages of the citizen-facing pages: Italian first, English second. */
export type Lang = 'it' | 'en';

/** Every UI string of the catalogue pages; module texts come from the module itself. */
const it = {
  /** This language's own name, the label of the switch that leads to it. */
  languageName: 'Italiano',
  locale: 'it-IT',
  skipLink: 'Vai al contenuto',
  catalogue: 'Catalogo dei moduli',
  modulesReady: (n: number) => `${n} moduli standard pronti da pubblicare.`,
  jsonList: 'Elenco in JSON',
  term: (days: number) => `termine ${days} giorni`,
  silenzioAssenso: 'silenzio-assenso',
  version: (v: string) => `versione ${v}`,
  loginLevels: {
    none: 'senza autenticazione',
    SpidL1: 'SPID livello 1',
    SpidL2: 'SPID/CIE livello 2',
    SpidL3: 'SPID/CIE livello 3',
  } satisfies Record<LoginLevel, string>,
  contact: { email: 'e-mail', pec: 'PEC', phone: 'tel.', hours: 'orari' },
  module: {
    procedure: 'Il procedimento',
    legalBasis: 'Riferimenti normativi',
    office: 'Ufficio',
    responsible: 'Responsabile del procedimento',
    substitute: 'Titolare del potere sostitutivo',
    substituteNote:
      'Se il Comune non risponde entro il termine, puoi rivolgerti a lui: deve concludere entro metà del termine (L. 241/1990, art. 2 c. 9-bis).',
    termLabel: 'Termine di conclusione',
    termDays: (days: number) => `${days} giorni dalla presentazione.`,
    dueIfFiledToday: (filed: string) =>
      `Se presenti la domanda oggi, ${filed}, la risposta è dovuta entro il`,
    dueCaveat: '(salvo sospensioni previste dalla legge).',
    silenzioAssenso: 'Silenzio-assenso',
    silenzioAssensoYes: 'sì: senza risposta entro il termine la domanda è accolta',
    selfDeclaration: 'Autocertificazione',
    selfDeclarationYes: 'sì (DPR 445/2000)',
    no: 'no',
    access: 'Accesso',
    fees: 'Costi',
    noFees: 'nessuno',
    feeMethods: { bollo: 'marca da bollo', pagopa: 'pagoPA' },
    remedies: 'Tutela',
    status: 'Stato della domanda',
    statusDefault:
      'Puoi seguire la domanda nella tua area personale: vedi lo stato, il responsabile e la data della risposta.',
    classification: 'Classificazione',
    classificationValue: (titolo: string, classe: string) => `titolo ${titolo}, classe ${classe}`,
    attachments: 'Documenti da allegare',
    noAttachments: 'Nessuno.',
    required: ' (obbligatorio)',
    optional: ' (facoltativo)',
    conditional: ' — solo in certi casi',
    steps: 'I passi del modulo',
    forIntegrators: 'Per integratori:',
    moduleJson: 'modulo (JSON)',
    jsonSchema: 'JSON Schema 2020-12',
    tsTypes: 'tipi TypeScript',
    sample: 'esempio di domanda (JSON)',
    metaSchema: 'formato dei moduli',
    validator: 'validatore per il browser (modulo ES)',
  },
  notFound: {
    title: 'Pagina non trovata',
    message: "L'indirizzo richiesto non corrisponde a nessuna pagina.",
    backBefore: "Controlla l'indirizzo oppure torna al",
    backLink: 'catalogo dei moduli',
  },
};

/** The shape both languages must fill: same keys, same parameters. */
export type UiTexts = typeof it;

const en: UiTexts = {
  languageName: 'English',
  locale: 'en-GB',
  skipLink: 'Skip to content',
  catalogue: 'Form catalogue',
  modulesReady: (n) => `${n} standard forms ready to publish.`,
  jsonList: 'List in JSON',
  term: (days) => `time limit ${days} days`,
  silenzioAssenso: 'silence means consent',
  version: (v) => `version ${v}`,
  loginLevels: {
    none: 'no login',
    SpidL1: 'SPID level 1',
    SpidL2: 'SPID/CIE level 2',
    SpidL3: 'SPID/CIE level 3',
  },
  contact: { email: 'e-mail', pec: 'PEC', phone: 'phone', hours: 'opening hours' },
  module: {
    procedure: 'The procedure',
    legalBasis: 'Legal references',
    office: 'Office',
    responsible: 'Official in charge of the procedure',
    substitute: 'Official with substitute powers',
    substituteNote:
      'If the Comune does not answer within the time limit, you can turn to this official, who must conclude within half of the time limit (L. 241/1990, art. 2 c. 9-bis).',
    termLabel: 'Time limit',
    termDays: (days) => `${days} days from submission.`,
    dueIfFiledToday: (filed) => `If you submit the application today, ${filed}, the answer is due by`,
    dueCaveat: '(unless suspended as provided by law).',
    silenzioAssenso: 'Silence means consent',
    silenzioAssensoYes: 'yes: without an answer within the time limit the application is granted',
    selfDeclaration: 'Self-certification',
    selfDeclarationYes: 'yes (DPR 445/2000)',
    no: 'no',
    access: 'Access',
    fees: 'Costs',
    noFees: 'none',
    feeMethods: { bollo: 'revenue stamp', pagopa: 'pagoPA' },
    remedies: 'Remedies',
    status: 'Application status',
    statusDefault:
      'You can follow the application in your personal area: its status, the official in charge and the date of the answer.',
    classification: 'Classification',
    classificationValue: (titolo, classe) => `title ${titolo}, class ${classe}`,
    attachments: 'Documents to attach',
    noAttachments: 'None.',
    required: ' (required)',
    optional: ' (optional)',
    conditional: ' — only in some cases',
    steps: 'The steps of the form',
    forIntegrators: 'For integrators:',
    moduleJson: 'form (JSON)',
    jsonSchema: 'JSON Schema 2020-12',
    tsTypes: 'TypeScript types',
    sample: 'sample application (JSON)',
    metaSchema: 'form format',
    validator: 'browser validator (ES module)',
  },
  notFound: {
    title: 'Page not found',
    message: 'The requested address does not match any page.',
    backBefore: 'Check the address or go back to the',
    backLink: 'form catalogue',
  },
};

export const uiTexts: Readonly<Record<Lang, UiTexts>> = { it, en };
