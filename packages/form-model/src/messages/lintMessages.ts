import type { MessageTemplate } from './ModelIssue';

type Catalogue = Record<string, MessageTemplate>;

const q = (v: unknown) => `"${String(v)}"`;
const label = (v: unknown, lang: 'it' | 'en') => {
  const t = v as { it?: string; en?: string } | string | undefined;
  return typeof t === 'string' ? t : ((lang === 'en' ? t?.en : undefined) ?? t?.it ?? '');
};

/** Lint findings: the module parses, but does not work as meant or hurts citizens. Italian, for staff. */
export const lintIt: Catalogue = {
  empty_step: (p) => `il passo ${q(p.id)} non ha campi`,
  no_options: (p) => `la scelta ${q(p.id)} non ha opzioni`,
  duplicate_option: (p) =>
    `la scelta ${q(p.id)} ripete il valore ${String(p.values)}: ogni opzione deve avere un valore diverso`,
  missing_markdown: (p) => `il testo informativo ${q(p.id)} è vuoto`,
  empty_container: (p) => `la sezione ${q(p.id)} non contiene campi`,
  unreachable_step: (p) => `il passo ${q(p.id)} non viene mai mostrato: la sua condizione non è mai vera`,
  unreachable_field: (p) => `il campo ${q(p.id)} non viene mai mostrato: la sua condizione non è mai vera`,
  routing_on_unanswered_field: (p) =>
    `la regola di assegnazione ${q(p.id)} legge un campo che può essere nascosto`,
  routing_never_matches: (p) => `la regola di assegnazione ${q(p.id)} non si applica mai`,
  exit_never_triggers: (p) => `l'uscita ${q(p.id)} non scatta mai`,
  exit_stops_everyone: (p) => `l'uscita ${q(p.id)} ferma ogni domanda`,
  fee_never_applies: (p) => `il costo ${q(p.id)} non si applica mai`,
  fee_factor_not_a_number: (p) => `il costo ${q(p.id)} moltiplica per un campo che non è un numero`,
  substitute_is_responsible: () =>
    'il titolare del potere sostitutivo deve essere una persona diversa dal responsabile del procedimento',
  office_without_contact: () => "l'ufficio non ha recapiti",
  responsible_without_contact: () => 'il responsabile del procedimento non ha recapiti',
  substitute_without_contact: () => 'il titolare del potere sostitutivo non ha recapiti',
  term_over_180_days: (p) => `un termine di ${String(p.termDays)} giorni supera i 180 ammessi`,
  term_over_90_days: (p) =>
    `un termine di ${String(p.termDays)} giorni supera i 90: indica la norma che lo fissa`,
  fee_without_amount: (p) =>
    `il costo «${label(p.label, 'it')}» non ha importo né spiegazione di come si calcola`,
  prefill_without_login: (p) =>
    `il campo ${q(p.id)} si precompila dall'identità digitale, ma il modulo non richiede l'accesso`,
  attachment_not_asked: (p) =>
    `il documento ${q(p.id)} è richiesto dal procedimento, ma il modulo non lo chiede`,
  attachment_optional_in_form: (p) => `il documento ${q(p.id)} è obbligatorio, ma nel modulo è facoltativo`,
  attachment_not_published: (p) =>
    `il campo allegato ${q(p.id)} non è tra i documenti pubblicati del procedimento`,
  hard_to_read: (p) =>
    `testo difficile da leggere: indice Gulpease ${String(p.score)}, sotto ${String(p.threshold)}`,
  missing_label: () => 'manca il testo',
  missing_help: (p) => `aggiungi un aiuto a ${q(p.id)}: spiega che cosa inserire e in quale formato`,
};

/** The same codes in English, for integrators. */
export const lintEn: Catalogue = {
  empty_step: (p) => `step ${q(p.id)} has no fields`,
  no_options: (p) => `choice ${q(p.id)} has no options`,
  duplicate_option: (p) =>
    `choice ${q(p.id)} repeats the value ${String(p.values)}: each option needs its own`,
  missing_markdown: (p) => `information text ${q(p.id)} is empty`,
  empty_container: (p) => `section ${q(p.id)} holds no fields`,
  unreachable_step: (p) => `step ${q(p.id)} is never shown: its condition never holds`,
  unreachable_field: (p) => `field ${q(p.id)} is never shown: its condition never holds`,
  routing_on_unanswered_field: (p) => `routing rule ${q(p.id)} reads a field that can be hidden`,
  routing_never_matches: (p) => `routing rule ${q(p.id)} never matches`,
  exit_never_triggers: (p) => `exit ${q(p.id)} never triggers`,
  exit_stops_everyone: (p) => `exit ${q(p.id)} stops every submission`,
  fee_never_applies: (p) => `fee ${q(p.id)} never applies`,
  fee_factor_not_a_number: (p) => `fee ${q(p.id)} multiplies by a field that is not a number`,
  substitute_is_responsible: () =>
    'the substitute official must be someone other than the responsible official',
  office_without_contact: () => 'the office has no contact details',
  responsible_without_contact: () => 'the responsible official has no contact details',
  substitute_without_contact: () => 'the substitute official has no contact details',
  term_over_180_days: (p) => `a term of ${String(p.termDays)} days exceeds the 180 allowed`,
  term_over_90_days: (p) => `a term of ${String(p.termDays)} days exceeds 90: cite the rule that sets it`,
  fee_without_amount: (p) =>
    `fee "${label(p.label, 'en')}" has neither an amount nor an explanation of how it is computed`,
  prefill_without_login: (p) =>
    `field ${q(p.id)} is prefilled from the digital identity, but the module asks for no login`,
  attachment_not_asked: (p) =>
    `document ${q(p.id)} is required by the procedure, but the form does not ask for it`,
  attachment_optional_in_form: (p) => `document ${q(p.id)} is required, but optional in the form`,
  attachment_not_published: (p) =>
    `attachment field ${q(p.id)} is not among the procedure's published documents`,
  hard_to_read: (p) => `hard to read: Gulpease index ${String(p.score)}, below ${String(p.threshold)}`,
  missing_label: () => 'the text is missing',
  missing_help: (p) => `add help to ${q(p.id)}: say what to enter and in which format`,
};
