import type { ErrorObject } from 'ajv/dist/2020.js';
import { PROVINCIA_PATTERN } from './kinds/address';
import { CODICE_FISCALE_PATTERN, CODICE_FISCALE_PERSONAL_PATTERN } from './kinds/codiceFiscale';
import { CAP_PATTERN } from './kinds/cap';
import { DATE_PATTERN } from './kinds/date';
import { EMAIL_PATTERN } from './kinds/email';
import { IBAN_PATTERN } from './kinds/iban';
import { PARTITA_IVA_PATTERN } from './kinds/partitaIva';
import { PHONE_PATTERN } from './kinds/phone';
import type { SubmissionError } from './validateSubmission';

type Message = [it: string, en: string];

const FORMAT_MESSAGES: Record<string, Message> = {
  'codice-fiscale': [
    'il codice fiscale non è valido: controlla i caratteri e la lettera finale',
    'is not a valid codice fiscale (check letter or digits)',
  ],
  'partita-iva': [
    'la partita IVA non è valida: deve avere 11 cifre con la cifra di controllo corretta',
    'is not a valid partita IVA',
  ],
  iban: [
    'l’IBAN non è valido: controlla le cifre di controllo e la lunghezza',
    'is not a valid IBAN (mod-97 check)',
  ],
  cap: [
    'il CAP non è valido: deve avere 5 cifre, da 00010 a 98168',
    'is not a valid Italian postal code (CAP, 00010-98168)',
  ],
  email: ['l’indirizzo e-mail non è valido', 'is not a valid e-mail address'],
  date: ['la data non è valida (formato AAAA-MM-GG)', 'is not a valid date (YYYY-MM-DD)'],
  uri: ['l’indirizzo web non è valido', 'is not a valid URI'],
};

/** The portable patterns of the field kinds: a failed one says what a format would. */
const PATTERN_MESSAGES: Record<string, Message> = {
  [CODICE_FISCALE_PATTERN]: [
    'il codice fiscale non è valido: scrivi 16 caratteri in maiuscolo, senza spazi (o le 11 cifre di un ente)',
    'is not a codice fiscale (16 upper-case characters or 11 digits)',
  ],
  [CODICE_FISCALE_PERSONAL_PATTERN]: [
    'il codice fiscale non è valido: scrivi i 16 caratteri in maiuscolo, senza spazi',
    'is not a personal codice fiscale (16 upper-case characters)',
  ],
  [PARTITA_IVA_PATTERN]: FORMAT_MESSAGES['partita-iva']!,
  [IBAN_PATTERN]: [
    'l’IBAN non è valido: scrivilo in maiuscolo, senza spazi (es. IT60X0542811101000000123456)',
    'is not an IBAN (upper case, no spaces)',
  ],
  [CAP_PATTERN]: FORMAT_MESSAGES.cap!,
  [EMAIL_PATTERN]: FORMAT_MESSAGES.email!,
  [DATE_PATTERN]: FORMAT_MESSAGES.date!,
  [PHONE_PATTERN]: [
    'il numero di telefono non è valido: usa solo cifre e spazi, con il + iniziale per i numeri esteri',
    'is not a phone number (digits and spaces, optional leading +)',
  ],
  [PROVINCIA_PATTERN]: [
    'indica la sigla della provincia con 2 lettere maiuscole (es. RM)',
    'must be a 2-letter province code',
  ],
};

/** Parts of a composite answer (address, attachment) that have no field label of their own. */
const PARTS: Record<string, Message> = {
  street: ['via o piazza', 'street'],
  number: ['numero civico', 'house number'],
  cap: ['CAP', 'postal code'],
  comune: ['comune', 'municipality'],
  provincia: ['provincia', 'province'],
  name: ['nome del file', 'file name'],
  mediaType: ['tipo di file', 'file type'],
  size: ['dimensione del file', 'file size'],
  ref: ['file caricato', 'uploaded file'],
};

const FILE_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/pkcs7-mime': 'P7M (firmato digitalmente)',
};

/** Turns one Ajv error into a citizen-readable Italian message and an English one. */
export function explainError(error: ErrorObject, labels: Map<string, string>): SubmissionError {
  const params = error.params as Record<string, unknown>;
  const child = (params.missingProperty ?? params.unevaluatedProperty ?? params.additionalProperty) as
    string | undefined;
  const path = child === undefined ? error.instancePath : `${error.instancePath}/${child}`;
  const { name, nameEn, part } = describe(path, labels);
  const make = (code: string, it: string, en: string): SubmissionError => ({
    path,
    code,
    message: it.charAt(0).toUpperCase() + it.slice(1) + '.',
    messageEn: en.charAt(0).toUpperCase() + en.slice(1) + '.',
  });
  const limit = Number(params.limit);

  switch (error.keyword) {
    case 'required':
      return make('required', `il campo ${name} è obbligatorio`, `${nameEn} is required`);
    case 'unevaluatedProperties':
    case 'additionalProperties':
      return make(
        'not_allowed',
        `la risposta ${name} non è prevista: il campo è nascosto dalle risposte date o non esiste`,
        `${nameEn} is not allowed here (hidden by a condition, or unknown)`,
      );
    case 'format': {
      const [it, en] = FORMAT_MESSAGES[params.format as string] ?? [
        'il formato non è valido',
        `is not a valid ${String(params.format)}`,
      ];
      return make('invalid_format', `${name}: ${it}`, `${nameEn} ${en}`);
    }
    case 'pattern': {
      const [it, en] = PATTERN_MESSAGES[params.pattern as string] ?? [
        'il formato non è valido',
        'does not match the expected format',
      ];
      return make('invalid_format', `${name}: ${it}`, `${nameEn} ${en}`);
    }
    case 'type':
      return make(
        'invalid_type',
        `${name}: tipo di risposta non valido`,
        `${nameEn} must be ${String(params.type)}`,
      );
    case 'const':
      // Only the privacy consent asks for `const: true`: a box that must be ticked.
      if (params.allowedValue === true) {
        return make(
          'consent_required',
          'per proseguire devi accettare l’informativa sulla privacy',
          `${nameEn} must be accepted to continue`,
        );
      }
      return make(
        'invalid_choice',
        `${name}: scegli una delle opzioni proposte`,
        `${nameEn} is not one of the allowed values`,
      );
    case 'enum':
      if (part === 'mediaType') {
        const allowed = (params.allowedValues as string[]).map((t) => FILE_TYPES[t] ?? t).join(', ');
        return make(
          'file_type_not_allowed',
          `${name}: tipo di file non ammesso (ammessi: ${allowed})`,
          `${nameEn} has a file type that is not accepted`,
        );
      }
      return make(
        'invalid_choice',
        `${name}: scegli una delle opzioni proposte`,
        `${nameEn} is not one of the allowed values`,
      );
    case 'oneOf':
      // Choices compile to `oneOf: [{ const, title }]`; its branch errors say the same.
      return make(
        'invalid_choice',
        `${name}: scegli una delle opzioni proposte`,
        `${nameEn} is not one of the allowed values`,
      );
    case 'uniqueItems':
      return make(
        'duplicate_items',
        `${name}: ogni opzione può comparire una sola volta`,
        `${nameEn} has duplicate items`,
      );
    case 'minLength':
      return make(
        'too_short',
        `${name}: scrivi almeno ${limit} ${limit === 1 ? 'carattere' : 'caratteri'}`,
        `${nameEn} is too short`,
      );
    case 'maxLength':
      return make('too_long', `${name}: scrivi al massimo ${limit} caratteri`, `${nameEn} is too long`);
    case 'minimum':
    case 'exclusiveMinimum':
      if (part === 'size')
        return make('file_empty', `${name}: il file è vuoto`, `${nameEn} is an empty file`);
      return make(
        'too_small',
        `${name}: il valore è troppo basso (minimo ${limit})`,
        `${nameEn} is too small`,
      );
    case 'maximum':
    case 'exclusiveMaximum':
      if (part === 'size') {
        const mb = (limit / 2 ** 20).toLocaleString('it-IT', { maximumFractionDigits: 1 });
        return make(
          'file_too_large',
          `${name}: il file è troppo grande (massimo ${mb} MB)`,
          `${nameEn} is too large (max ${mb} MB)`,
        );
      }
      return make(
        'too_large',
        `${name}: il valore è troppo alto (massimo ${limit})`,
        `${nameEn} is too large`,
      );
    case 'minItems':
      return make(
        'too_few',
        `${name}: ${limit === 1 ? 'serve almeno un elemento' : `servono almeno ${limit} elementi`}`,
        `${nameEn} needs at least ${limit} item(s)`,
      );
    case 'maxItems':
      return make(
        'too_many',
        `${name}: ${limit === 1 ? 'al massimo un elemento' : `al massimo ${limit} elementi`}`,
        `${nameEn} has more than ${limit} item(s)`,
      );
    case 'multipleOf':
      return make(
        'invalid_step',
        `${name}: il valore non è ammesso (usa al massimo due decimali)`,
        `${nameEn} has too many decimals`,
      );
    default:
      return make('invalid', `${name}: risposta non valida`, `${nameEn} is invalid (${error.keyword})`);
  }
}

/**
 * Names the answer at `path` after its field's label. A part of a composite answer (the CAP of
 * an address) is named after its field, with the part in brackets.
 */
function describe(
  path: string,
  labels: Map<string, string>,
): { name: string; nameEn: string; part?: string } {
  const keys = path.split('/').filter((s) => s && !/^[0-9]+$/.test(s));
  const last = keys.at(-1) ?? '';
  const parentLabel = labels.get(keys.at(-2) ?? '');
  const part = PARTS[last];
  if (!labels.has(last) && part && parentLabel !== undefined) {
    return { name: `«${parentLabel}» (${part[0]})`, nameEn: `"${parentLabel}" (${part[1]})`, part: last };
  }
  const label = labels.get(last) ?? last;
  return label ? { name: `«${label}»`, nameEn: `"${label}"` } : { name: 'la risposta', nameEn: 'the answer' };
}
