/**
 * Why an edit's value is refused (`params.problem` of an `invalid_property` or `invalid_id`
 * refusal), in each language: the catalogue renders them, the edit operations only name them.
 */
type Problem = (p: Record<string, unknown>) => string;

const q = (v: unknown) => `"${String(v)}"`;

export const editProblemsIt: Record<string, Problem> = {
  not_text: () => 'serve un testo con almeno la versione italiana',
  text_languages: () =>
    'le lingue vanno indicate con il codice di due lettere (it, en, de...) e i testi devono essere stringhe',
  blank_italian: () => 'il testo in italiano non può essere vuoto',
  id_pattern: (p) =>
    `usa lettere e cifre in camelCase, iniziando con una minuscola (massimo ${String(p.max ?? 64)} caratteri)`,
  unknown_key: (p) => `dato sconosciuto ${q(p.key)}`,
  link_url: () => 'il collegamento deve essere un indirizzo http o https',
  not_boolean: () => 'vuole sì o no (true/false)',
  unknown_prefill: (p) => `fonte di precompilazione sconosciuta ${q(p.value)}`,
  missing_name: () => 'manca il nome della proprietà',
  not_json: () => 'deve essere un valore JSON',
  term_days: () => 'il termine deve essere un numero intero di giorni tra 1 e 3650',
  procedure_schema: (p) => `dati del procedimento non validi: ${String(p.at)} (${String(p.reason)})`,
  semver: (p) =>
    `la versione ${q(p.value)} non è valida: scrivi tre numeri separati da punti, per esempio 1.1.0`,
  container_required: () => 'contiene altri campi: non può essere obbligatorio',
  condition_object: () => 'la condizione deve essere un oggetto',
  condition_list: (p) => `${q(p.op)} vuole un elenco non vuoto di condizioni`,
  condition_not: () => '"not" vuole una sola condizione',
  condition_field: () => 'manca il campo da confrontare',
  condition_answered: () => '"answered" non vuole un valore',
  condition_in: () => '"in" vuole un elenco non vuoto di valori',
  condition_number: (p) => `${q(p.op)} vuole un numero`,
  condition_value: (p) => `${q(p.op)} vuole un valore (testo, numero, sì/no)`,
  condition_op: (p) => `operatore sconosciuto ${JSON.stringify(p.op)}`,
};

export const editProblemsEn: Record<string, Problem> = {
  not_text: () => 'a text with at least the Italian version is needed',
  text_languages: () => 'languages are two-letter codes (it, en, de...) and texts are strings',
  blank_italian: () => 'the Italian text cannot be empty',
  id_pattern: (p) =>
    `use letters and digits in camelCase, starting with a lowercase letter (at most ${String(p.max ?? 64)} characters)`,
  unknown_key: (p) => `unknown key ${q(p.key)}`,
  link_url: () => 'the link must be an http or https address',
  not_boolean: () => 'must be true or false',
  unknown_prefill: (p) => `unknown prefill source ${q(p.value)}`,
  missing_name: () => 'the property name is missing',
  not_json: () => 'must be a JSON value',
  term_days: () => 'the term must be a whole number of days between 1 and 3650',
  procedure_schema: (p) => `invalid procedure data: ${String(p.at)} (${String(p.reason)})`,
  semver: (p) => `version ${q(p.value)} is not valid: write three numbers separated by dots, e.g. 1.1.0`,
  container_required: () => 'it holds other fields: it cannot be required',
  condition_object: () => 'a condition must be an object',
  condition_list: (p) => `${q(p.op)} needs a non-empty list of conditions`,
  condition_not: () => '"not" takes one condition',
  condition_field: () => 'the field to compare is missing',
  condition_answered: () => '"answered" takes no value',
  condition_in: () => '"in" needs a non-empty list of values',
  condition_number: (p) => `${q(p.op)} needs a number`,
  condition_value: (p) => `${q(p.op)} needs a value (text, number, true/false)`,
  condition_op: (p) => `unknown operator ${JSON.stringify(p.op)}`,
};

/** `: <why>` for an issue whose params name a `problem`, else "". */
export function problemText(p: Record<string, unknown>, lang: 'it' | 'en'): string {
  if (typeof p.problem !== 'string') return '';
  const render = (lang === 'en' ? editProblemsEn : editProblemsIt)[p.problem];
  return render ? `: ${render(p)}` : '';
}
