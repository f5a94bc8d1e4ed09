import type { KindMessages, MessageParams, MessageTemplate } from '../messages/ModelIssue';

// The built-in kinds' own messages: what a wrong answer of that kind means, in the citizen's
// words. A kind's entry wins over the catalogue's for its code (see `formatError`).

type Texts = { it: string; en: string };
const about = (t: Texts): { it: MessageTemplate; en: MessageTemplate } => ({
  it: (p) => `${p.name}: ${t.it}`,
  en: (p) => `${p.name} ${t.en}`,
});
/** One message for the pattern (the shape, portable) and one for the format (the check digit). */
const byKeyword = (pattern: Texts, format: Texts) => ({
  it: (p: MessageParams & { name: string }) =>
    `${p.name}: ${(p.keyword === 'pattern' ? pattern : format).it}`,
  en: (p: MessageParams & { name: string }) => `${p.name} ${(p.keyword === 'pattern' ? pattern : format).en}`,
});

const CAP: Texts = {
  it: 'il CAP non è valido: deve avere 5 cifre, da 00010 a 98168',
  en: 'is not a valid Italian postal code (CAP, 00010-98168)',
};
const EMAIL: Texts = { it: 'l’indirizzo e-mail non è valido', en: 'is not a valid e-mail address' };

export const PARTITA_IVA_MESSAGES: KindMessages = {
  invalid_format: about({
    it: 'la partita IVA non è valida: deve avere 11 cifre con la cifra di controllo corretta',
    en: 'is not a valid partita IVA',
  }),
};

export const IBAN_MESSAGES: KindMessages = {
  invalid_format: byKeyword(
    {
      it: 'l’IBAN non è valido: scrivilo in maiuscolo, senza spazi (es. IT60X0542811101000000123456)',
      en: 'is not an IBAN (upper case, no spaces)',
    },
    {
      it: 'l’IBAN non è valido: controlla le cifre di controllo e la lunghezza',
      en: 'is not a valid IBAN (mod-97 check)',
    },
  ),
};

export const CAP_MESSAGES: KindMessages = { invalid_format: about(CAP) };
export const EMAIL_MESSAGES: KindMessages = { invalid_format: about(EMAIL) };

export const DATE_MESSAGES: KindMessages = {
  invalid_format: about({
    it: 'la data non è valida (formato AAAA-MM-GG)',
    en: 'is not a valid date (YYYY-MM-DD)',
  }),
};

export const PHONE_MESSAGES: KindMessages = {
  invalid_format: about({
    it: 'il numero di telefono non è valido: usa solo cifre e spazi, con il + iniziale per i numeri esteri',
    en: 'is not a phone number (digits and spaces, optional leading +)',
  }),
};

const PROVINCIA: Texts = {
  it: 'indica la sigla della provincia con 2 lettere maiuscole (es. RM)',
  en: 'must be a 2-letter province code',
};
export const ADDRESS_MESSAGES: KindMessages = {
  invalid_format: {
    it: (p) =>
      `${p.name}: ${p.part === 'cap' ? CAP.it : p.part === 'provincia' ? PROVINCIA.it : 'il formato non è valido'}`,
    en: (p) =>
      `${p.name} ${p.part === 'cap' ? CAP.en : p.part === 'provincia' ? PROVINCIA.en : 'does not match the expected format'}`,
  },
};

const FILE_TYPES: Record<string, Texts> = {
  'application/pdf': { it: 'PDF', en: 'PDF' },
  'image/jpeg': { it: 'JPEG', en: 'JPEG' },
  'image/png': { it: 'PNG', en: 'PNG' },
  'application/pkcs7-mime': { it: 'P7M (firmato digitalmente)', en: 'P7M (digitally signed)' },
};
const fileTypes = (p: MessageParams, lang: 'it' | 'en') =>
  ((p.allowed as string[] | undefined) ?? []).map((t) => FILE_TYPES[t]?.[lang] ?? t).join(', ');
const megabytes = (p: MessageParams, locale: string) =>
  (Number(p.limit) / 2 ** 20).toLocaleString(locale, { maximumFractionDigits: 1 });

export const ATTACHMENT_MESSAGES: KindMessages = {
  file_type_not_allowed: {
    it: (p) => `${p.name}: tipo di file non ammesso (ammessi: ${fileTypes(p, 'it')})`,
    en: (p) => `${p.name} has a file type that is not accepted (accepted: ${fileTypes(p, 'en')})`,
  },
  file_too_large: {
    it: (p) => `${p.name}: il file è troppo grande (massimo ${megabytes(p, 'it-IT')} MB)`,
    en: (p) => `${p.name} is too large (max ${megabytes(p, 'en-GB')} MB)`,
  },
};

export const PRIVACY_CONSENT_MESSAGES: KindMessages = {
  consent_required: {
    it: () => 'per proseguire devi accettare l’informativa sulla privacy',
    en: (p) => `${p.name} must be accepted to continue`,
  },
};
