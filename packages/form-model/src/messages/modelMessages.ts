import { problemText } from './editProblems';
import type { MessageTemplate } from './ModelIssue';

type Catalogue = Record<string, MessageTemplate>;

const q = (v: unknown) => `"${String(v)}"`;
/** Who reads an answer, for reference problems: `params.owner` (a field, step, rule, exit or fee id) and its type. */
function ownerIt(p: Record<string, unknown>): string {
  if (p.owner === undefined) return 'un riferimento';
  const o = q(p.owner);
  switch (p.ownerType) {
    case 'field':
      if (p.property === 'requiredWhen') return `la condizione di obbligo di ${o}`;
      if (p.property === 'dateRules') return `la regola sulla data di ${o}`;
      return `la condizione di ${o}`;
    case 'step':
      return `la condizione del passo ${o}`;
    case 'routing':
      return `la regola di smistamento ${o}`;
    case 'exit':
    case 'stepExit':
      return `l'uscita ${o}`;
    case 'fee':
      return `il costo ${o}`;
    default:
      return o;
  }
}
function ownerEn(p: Record<string, unknown>): string {
  if (p.owner === undefined) return 'a reference';
  const o = q(p.owner);
  switch (p.ownerType) {
    case 'field':
      if (p.property === 'requiredWhen') return `the required-when condition of ${o}`;
      if (p.property === 'dateRules') return `the date rule of ${o}`;
      return `the condition of ${o}`;
    case 'step':
      return `the condition of step ${o}`;
    case 'routing':
      return `routing rule ${o}`;
    case 'exit':
    case 'stepExit':
      return `exit ${o}`;
    case 'fee':
      return `fee ${o}`;
    default:
      return o;
  }
}
const withinIt = (p: Record<string, unknown>) => (p.container === undefined ? '' : ` ${q(p.container)}`);
/** `: <detail>` in `lang` (a props problem gives `{ it, en }`; a parser's detail is one text). */
const detailIn = (p: Record<string, unknown>, lang: 'it' | 'en') => {
  const d = p.detail;
  if (d === undefined) return '';
  return `: ${typeof d === 'object' && d !== null ? String((d as Record<string, unknown>)[lang]) : String(d)}`;
};
const detail = (p: Record<string, unknown>) => detailIn(p, 'it');
/** What an edit refusal is about: `params.what` (field by default when there is an id). */
function subjectIt(p: Record<string, unknown>): string {
  switch (p.what) {
    case 'step':
      return `il passo ${q(p.id)}`;
    case 'exit':
      return `l'uscita ${q(p.id)}`;
    case 'procedure':
      return 'i dati del procedimento';
    case 'module':
      return 'il modulo';
    default:
      return `il campo ${q(p.id)}`;
  }
}
function subjectEn(p: Record<string, unknown>): string {
  switch (p.what) {
    case 'step':
      return `step ${q(p.id)}`;
    case 'exit':
      return `exit ${q(p.id)}`;
    case 'procedure':
      return 'the procedure data';
    case 'module':
      return 'the module';
    default:
      return `field ${q(p.id)}`;
  }
}
const dependants = (p: Record<string, unknown>) =>
  Array.isArray(p.dependants) && p.dependants.length > 0 ? p.dependants.map(String).join(', ') : undefined;

/** Parse and edit-operation errors: the module (or the edit) is refused. Italian, for staff. */
export const modelIt: Catalogue = {
  invalid_module: (p) =>
    `il modulo non rispetta il formato${p.at ? `: ${String(p.at)}` : ''}${p.detail ? ` ${String(p.detail)}` : ''}`,
  invalid_json: (p) => `il testo del modulo non è un JSON valido${detail(p)}`,
  unsupported_format_version: (p) =>
    `versione del formato non supportata: ${JSON.stringify(p.version)} (attesa ${String(p.supported)} o precedente)`,
  unknown_kind: (p) => `tipo di campo sconosciuto ${q(p.fieldKind)}`,
  unknown_field: (p) =>
    p.reads === undefined
      ? `il campo ${q(p.id)} non esiste`
      : `${ownerIt(p)} usa ${q(p.reads)}, che non esiste`,
  unknown_step: (p) => `il passo ${q(p.id)} non esiste`,
  duplicate_id: (p) =>
    p.what === 'exit'
      ? `l'identificativo ${q(p.id)} è già usato da un'altra uscita`
      : p.taken
        ? `l'identificativo ${q(p.id)} è già usato`
        : `l'identificativo ${q(p.id)} è usato più di una volta`,
  invalid_id: (p) => `l'identificativo ${q(p.id)} non è valido${problemText(p, 'it')}`,
  field_in_use: (p) =>
    dependants(p)
      ? `non è possibile eliminare ${subjectIt(p)}: è usato da ${dependants(p)}. Modifica prima quelle condizioni`
      : `il campo ${q(p.id)} è usato da altre regole del modulo`,
  unknown_exit: (p) => `l'uscita ${q(p.id)} non esiste`,
  condition_on_later_field: (p) =>
    `${ownerIt(p)} usa ${q(p.reads)}, che viene dopo: una condizione può usare solo risposte precedenti`,
  condition_cycle: (p) =>
    `${ownerIt(p)} usa ${q(p.reads)}: una condizione non può dipendere da se stessa, da ciò che contiene o dal proprio passo`,
  condition_out_of_scope: (p) =>
    `${ownerIt(p)} usa ${q(p.reads)}, che sta dentro${withinIt(p) || " un'altra sezione o un altro elenco"}: si possono usare solo i campi dello stesso livello o di quelli che lo contengono`,
  wrong_field_kind: (p) =>
    `${ownerIt(p)} usa ${q(p.reads)}, che non è ${p.expect === 'list' ? 'un elenco' : 'una data'}`,
  index_out_of_range: (p) =>
    p.index === undefined
      ? 'la posizione indicata è fuori dall’elenco'
      : `la posizione ${String(p.index)} non è valida: deve essere un numero intero tra 0 e ${String(p.max)}`,
  invalid_property: (p) =>
    `${p.id === undefined && p.what === undefined ? 'valore non valido' : `${subjectIt(p)} ha una proprietà non valida`}${p.detail === undefined && p.property ? ` (${String(p.property)})` : ''}${detail(p)}${problemText(p, 'it')}`,
  last_step: () => "non è possibile eliminare l'unico passo: un modulo ne ha almeno uno",
  not_a_container: (p) => `il campo ${q(p.id)} non può contenere altri campi`,
  move_into_itself: (p) => `non è possibile spostare ${q(p.id)} dentro se stesso`,
};

/** The same codes in English, for integrators. */
export const modelEn: Catalogue = {
  invalid_module: (p) =>
    `the module does not follow the format${p.at ? `: ${String(p.at)}` : ''}${p.detail ? ` ${String(p.detail)}` : ''}`,
  invalid_json: (p) => `the module text is not valid JSON${detailIn(p, 'en')}`,
  unsupported_format_version: (p) =>
    `unsupported format version ${JSON.stringify(p.version)} (expected ${String(p.supported)} or earlier)`,
  unknown_kind: (p) => `unknown field kind ${q(p.fieldKind)}`,
  unknown_field: (p) =>
    p.reads === undefined
      ? `field ${q(p.id)} does not exist`
      : `${ownerEn(p)} reads ${q(p.reads)}, which does not exist`,
  unknown_step: (p) => `step ${q(p.id)} does not exist`,
  duplicate_id: (p) =>
    p.what === 'exit'
      ? `the id ${q(p.id)} is already used by another exit`
      : p.taken
        ? `the id ${q(p.id)} is already used`
        : `the id ${q(p.id)} is used more than once`,
  invalid_id: (p) => `the id ${q(p.id)} is not valid${problemText(p, 'en')}`,
  field_in_use: (p) =>
    dependants(p)
      ? `${subjectEn(p)} cannot be removed: ${dependants(p)} read it. Change those conditions first`
      : `field ${q(p.id)} is read by other rules of the module`,
  unknown_exit: (p) => `exit ${q(p.id)} does not exist`,
  condition_on_later_field: (p) =>
    `${ownerEn(p)} reads ${q(p.reads)}, which comes later: a condition may only read earlier answers`,
  condition_cycle: (p) =>
    `${ownerEn(p)} reads ${q(p.reads)}: a condition cannot depend on itself, on what it contains or on its own step`,
  condition_out_of_scope: (p) =>
    `${ownerEn(p)} reads ${q(p.reads)}, which is inside${withinIt(p) || ' another group or list'}: only fields of the same level or of an enclosing one may be read`,
  wrong_field_kind: (p) =>
    `${ownerEn(p)} reads ${q(p.reads)}, which is not a ${p.expect === 'list' ? 'list' : 'date'}`,
  index_out_of_range: (p) =>
    p.index === undefined
      ? 'the position is outside the list'
      : `position ${String(p.index)} is not valid: it must be a whole number from 0 to ${String(p.max)}`,
  invalid_property: (p) =>
    `${p.id === undefined && p.what === undefined ? 'invalid value' : `${subjectEn(p)} has an invalid property`}${p.detail === undefined && p.property ? ` ${q(p.property)}` : ''}${detailIn(p, 'en')}${problemText(p, 'en')}`,
  last_step: () => 'the only step cannot be removed: a module has at least one',
  not_a_container: (p) => `field ${q(p.id)} cannot hold other fields`,
  move_into_itself: (p) => `${q(p.id)} cannot be moved into itself`,
};
