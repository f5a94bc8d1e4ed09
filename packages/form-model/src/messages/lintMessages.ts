import type { MessageParams, MessageTemplate } from './ModelIssue';

type Catalogue = Record<string, MessageTemplate>;

const q = (v: unknown) => `"${String(v)}"`;
const text = (v: unknown, lang: 'it' | 'en') => {
  const t = v as { it?: string; en?: string } | string | undefined;
  return typeof t === 'string' ? t : ((lang === 'en' ? t?.en : undefined) ?? t?.it ?? '');
};
/** Why a condition never holds (`params.why`, `{ it, en }` from the reachability check), or a fallback. */
const whyIn = (lang: 'it' | 'en') => (p: MessageParams, fallback: string) =>
  p.why === undefined ? fallback : text(p.why, lang) || fallback;
const why = whyIn('it');
const whyEn = whyIn('en');
/** The fee of a finding, and its line when the finding is about one. */
const feeIt = (p: MessageParams) =>
  `${p.line === undefined ? '' : `la voce ${q(p.line)} del `}costo ${p.fee === undefined ? q(p.id) : `«${text(p.fee, 'it')}»`}`;
const feeEn = (p: MessageParams) =>
  `${p.line === undefined ? '' : `line ${q(p.line)} of `}fee ${p.fee === undefined ? q(p.id) : `"${text(p.fee, 'en')}"`}`;
const documentIt = (p: MessageParams) => (p.document === undefined ? q(p.id) : `«${text(p.document, 'it')}»`);
const documentEn = (p: MessageParams) => (p.document === undefined ? q(p.id) : `"${text(p.document, 'en')}"`);

/** The texts of a module by property, as findings name them (`params.property`). */
const PROPERTY: Record<string, { it: string; en: string }> = {
  label: { it: 'etichetta', en: 'label' },
  title: { it: 'titolo', en: 'title' },
  help: { it: 'aiuto', en: 'help' },
  description: { it: 'descrizione', en: 'description' },
  options: { it: 'opzioni', en: 'options' },
  markdown: { it: 'testo informativo', en: 'information text' },
};
const property = (p: MessageParams, lang: 'it' | 'en') => {
  if (p.property === undefined) return '';
  const name = PROPERTY[String(p.property)]?.[lang] ?? String(p.property);
  return ` (${name})`;
};

/** Lint findings: the module parses, but does not work as meant or hurts citizens. Italian, for staff. */
export const lintIt: Catalogue = {
  empty_step: (p) => `il passo ${q(p.id)} non ha campi`,
  no_options: (p) => `la scelta ${q(p.id)} non ha opzioni`,
  duplicate_option: (p) =>
    `la scelta ${q(p.id)} ripete il valore ${String(p.values)}: ogni opzione deve avere un valore diverso`,
  missing_markdown: (p) => `il testo informativo ${q(p.id)} è vuoto`,
  empty_container: (p) => `la sezione ${q(p.id)} non contiene campi`,
  unreachable_step: (p) =>
    `il passo ${q(p.id)} non viene mai mostrato: ${why(p, 'la sua condizione non è mai vera')}`,
  unreachable_field: (p) =>
    `il campo ${q(p.id)} non viene mai mostrato: ${why(p, 'la sua condizione non è mai vera')}`,
  routing_on_unanswered_field: (p) =>
    p.reads === undefined
      ? `la regola di smistamento ${q(p.id)} legge un campo che può restare senza risposta`
      : `la regola di smistamento ${q(p.id)} usa ${q(p.reads)} dentro un "non": chi non ha risposto a ${q(p.reads)} (facoltativo o nascosto) verrebbe smistato qui. Aggiungi alla regola ${q(p.reads)} ha una risposta`,
  routing_never_matches: (p) =>
    `la regola di smistamento ${q(p.id)} non vale mai: ${why(p, 'la sua condizione non è mai vera')}`,
  exit_never_triggers: (p) =>
    `l'uscita ${q(p.id)} non scatta mai: ${why(p, 'la sua condizione non è mai vera')}`,
  exit_stops_everyone: (p) =>
    `l'uscita ${q(p.id)} ferma ${p.step === undefined ? 'ogni domanda' : `chiunque arrivi al passo ${q(p.step)}`}: il servizio non sarebbe per nessuno`,
  fee_never_applies: (p) => `${feeIt(p)} non si applica mai: ${why(p, 'la sua condizione non è mai vera')}`,
  fee_factor_not_a_number: (p) =>
    `${feeIt(p)} moltiplica per ${p.reads === undefined ? 'un campo' : q(p.reads)}, che non è un numero`,
  substitute_is_responsible: () =>
    'il titolare del potere sostitutivo deve essere una persona diversa dal responsabile del procedimento (L. 241/1990, art. 2 c. 9-bis)',
  office_without_contact: () => "indica l'e-mail, la PEC o il telefono dell'ufficio (D.Lgs 33/2013, art. 35)",
  responsible_without_contact: () =>
    'indica il telefono e l’e-mail istituzionale del responsabile del procedimento (D.Lgs 33/2013, art. 35 c. 1 c)',
  substitute_without_contact: () =>
    'indica il telefono e l’e-mail istituzionale del titolare del potere sostitutivo (D.Lgs 33/2013, art. 35 c. 1 m)',
  term_over_180_days: (p) =>
    `un termine di ${String(p.termDays)} giorni supera i 180 ammessi (L. 241/1990, art. 2 c. 4), salvo cittadinanza e immigrazione: controlla la norma`,
  term_over_90_days: (p) =>
    `un termine di ${String(p.termDays)} giorni supera i 90: la norma che lo fissa va indicata nei riferimenti (L. 241/1990, art. 2 c. 4)`,
  fee_without_amount: (p) =>
    `il costo «${text(p.label, 'it')}» non ha importo né spiegazione di come si calcola`,
  prefill_without_login: (p) =>
    `il campo ${q(p.id)} si precompila dall'identità digitale, ma il modulo non richiede l'accesso con SPID o CIE`,
  attachment_not_asked: (p) =>
    `il documento ${documentIt(p)} è richiesto dal procedimento, ma il modulo non ha un campo allegato ${q(p.id)} per caricarlo`,
  attachment_optional_in_form: (p) =>
    `il documento ${documentIt(p)} è obbligatorio per il procedimento, ma nel modulo il campo ${q(p.id)} è facoltativo`,
  attachment_not_published: (p) =>
    `il campo allegato ${q(p.id)} non è tra i documenti pubblicati del procedimento: aggiungilo all'elenco`,
  hard_to_read: (p) =>
    `testo difficile da leggere${property(p, 'it')}: indice Gulpease ${String(p.score)}, sotto ${String(p.threshold)}. Usa frasi e parole più brevi`,
  missing_label: (p) => `manca il testo${property(p, 'it')}`,
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
  unreachable_step: (p) => `step ${q(p.id)} is never shown: ${whyEn(p, 'its condition never holds')}`,
  unreachable_field: (p) => `field ${q(p.id)} is never shown: ${whyEn(p, 'its condition never holds')}`,
  routing_on_unanswered_field: (p) =>
    p.reads === undefined
      ? `routing rule ${q(p.id)} reads a field that may be left unanswered`
      : `routing rule ${q(p.id)} reads ${q(p.reads)} inside a "not": whoever did not answer ${q(p.reads)} (optional or hidden) would be routed here. Add "${String(p.reads)} is answered" to the rule`,
  routing_never_matches: (p) =>
    `routing rule ${q(p.id)} never matches: ${whyEn(p, 'its condition never holds')}`,
  exit_never_triggers: (p) => `exit ${q(p.id)} never triggers: ${whyEn(p, 'its condition never holds')}`,
  exit_stops_everyone: (p) =>
    `exit ${q(p.id)} stops ${p.step === undefined ? 'every submission' : `everyone reaching step ${q(p.step)}`}: the service would be for no one`,
  fee_never_applies: (p) => `${feeEn(p)} never applies: ${whyEn(p, 'its condition never holds')}`,
  fee_factor_not_a_number: (p) =>
    `${feeEn(p)} multiplies by ${p.reads === undefined ? 'a field' : q(p.reads)}, which is not a number`,
  substitute_is_responsible: () =>
    'the substitute official must be someone other than the responsible official (L. 241/1990, art. 2 c. 9-bis)',
  office_without_contact: () => "give the office's e-mail, PEC or phone (D.Lgs 33/2013, art. 35)",
  responsible_without_contact: () =>
    "give the responsible official's phone and institutional e-mail (D.Lgs 33/2013, art. 35 c. 1 c)",
  substitute_without_contact: () =>
    "give the substitute official's phone and institutional e-mail (D.Lgs 33/2013, art. 35 c. 1 m)",
  term_over_180_days: (p) =>
    `a term of ${String(p.termDays)} days exceeds the 180 allowed (L. 241/1990, art. 2 c. 4) but for citizenship and immigration: check the rule`,
  term_over_90_days: (p) =>
    `a term of ${String(p.termDays)} days exceeds 90: cite the rule that sets it (L. 241/1990, art. 2 c. 4)`,
  fee_without_amount: (p) =>
    `fee "${text(p.label, 'en')}" has neither an amount nor an explanation of how it is computed`,
  prefill_without_login: (p) =>
    `field ${q(p.id)} is prefilled from the digital identity, but the module asks for no SPID or CIE login`,
  attachment_not_asked: (p) =>
    `document ${documentEn(p)} is required by the procedure, but the form has no attachment field ${q(p.id)} to upload it`,
  attachment_optional_in_form: (p) =>
    `document ${documentEn(p)} is required by the procedure, but field ${q(p.id)} is optional in the form`,
  attachment_not_published: (p) =>
    `attachment field ${q(p.id)} is not among the procedure's published documents: add it to the list`,
  hard_to_read: (p) =>
    `hard to read${property(p, 'en')}: Gulpease index ${String(p.score)}, below ${String(p.threshold)}. Use shorter sentences and words`,
  missing_label: (p) => `the text is missing${property(p, 'en')}`,
  missing_help: (p) => `add help to ${q(p.id)}: say what to enter and in which format`,
};
