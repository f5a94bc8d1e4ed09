import type { LocalizedText } from '../types';
import type { MessageTemplate } from './ModelIssue';

type Catalogue = Record<string, MessageTemplate>;

const n = (p: Readonly<Record<string, unknown>>) => Number(p.limit);
const text = (t: unknown, lang: 'it' | 'en'): string | undefined => {
  const l = t as LocalizedText | undefined;
  return lang === 'en' ? l?.en : l?.it;
};
const itDate = (iso: unknown) => String(iso).split('-').reverse().join('/');

/** Validation of a submission: the answer at `path` is wrong. Italian, for the citizen. */
export const submissionIt: Catalogue = {
  required: (p) => `il campo ${p.name} è obbligatorio`,
  not_allowed: (p) =>
    `la risposta ${p.name} non è prevista: il campo è nascosto dalle risposte date o non esiste`,
  invalid_format: (p) => `${p.name}: il formato non è valido`,
  invalid_type: (p) => `${p.name}: tipo di risposta non valido`,
  consent_required: (p) => `${p.name}: per proseguire devi spuntare la casella`,
  invalid_choice: (p) => `${p.name}: scegli una delle opzioni proposte`,
  file_type_not_allowed: (p) => `${p.name}: tipo di file non ammesso`,
  duplicate_items: (p) => `${p.name}: ogni opzione può comparire una sola volta`,
  too_short: (p) => `${p.name}: scrivi almeno ${n(p)} ${n(p) === 1 ? 'carattere' : 'caratteri'}`,
  too_long: (p) => `${p.name}: scrivi al massimo ${n(p)} caratteri`,
  too_small: (p) => `${p.name}: il valore è troppo basso (minimo ${n(p)})`,
  too_large: (p) => `${p.name}: il valore è troppo alto (massimo ${n(p)})`,
  file_empty: (p) => `${p.name}: il file è vuoto`,
  file_too_large: (p) => `${p.name}: il file è troppo grande`,
  too_few: (p) => `${p.name}: ${n(p) === 1 ? 'serve almeno un elemento' : `servono almeno ${n(p)} elementi`}`,
  too_many: (p) => `${p.name}: ${n(p) === 1 ? 'al massimo un elemento' : `al massimo ${n(p)} elementi`}`,
  invalid_step: (p) => `${p.name}: il valore non è ammesso (usa al massimo due decimali)`,
  invalid: (p) => `${p.name}: risposta non valida`,
  date_too_early: (p) =>
    text(p.ruleMessage, 'it') ?? `${p.name}: la data deve essere uguale o successiva al ${itDate(p.limit)}`,
  date_too_late: (p) =>
    text(p.ruleMessage, 'it') ?? `${p.name}: la data deve essere uguale o precedente al ${itDate(p.limit)}`,
  ineligible: (p) =>
    text(p.exitMessage, 'it') ?? 'Questo procedimento non è disponibile per le risposte date',
};

/** The same codes in English, for integrators; labels in English when the module has them. */
export const submissionEn: Catalogue = {
  required: (p) => `${p.name} is required`,
  not_allowed: (p) => `${p.name} is not allowed here (hidden by a condition, or unknown)`,
  invalid_format: (p) =>
    p.format
      ? `${p.name} is not a valid ${String(p.format)}`
      : `${p.name} does not match the expected format`,
  invalid_type: (p) => `${p.name} must be ${String(p.type ?? 'of another type')}`,
  consent_required: (p) => `${p.name} must be accepted to continue`,
  invalid_choice: (p) => `${p.name} is not one of the allowed values`,
  file_type_not_allowed: (p) => `${p.name} has a file type that is not accepted`,
  duplicate_items: (p) => `${p.name} has duplicate items`,
  too_short: (p) => `${p.name} is too short`,
  too_long: (p) => `${p.name} is too long`,
  too_small: (p) => `${p.name} is too small`,
  too_large: (p) => `${p.name} is too large`,
  file_empty: (p) => `${p.name} is an empty file`,
  file_too_large: (p) => `${p.name} is too large`,
  too_few: (p) => `${p.name} needs at least ${n(p)} item(s)`,
  too_many: (p) => `${p.name} has more than ${n(p)} item(s)`,
  invalid_step: (p) => `${p.name} has too many decimals`,
  invalid: (p) => `${p.name} is invalid (${String(p.keyword ?? 'schema')})`,
  date_too_early: (p) => text(p.ruleMessage, 'en') ?? `${p.name} must be on or after ${String(p.limit)}`,
  date_too_late: (p) => text(p.ruleMessage, 'en') ?? `${p.name} must be on or before ${String(p.limit)}`,
  ineligible: (p) => {
    const title = text(p.exitTitle, 'en');
    return (
      text(p.exitMessage, 'en') ??
      `This procedure is not available for these answers (exit "${String(p.exitId)}"${title ? `: ${title}` : ''})`
    );
  },
};
