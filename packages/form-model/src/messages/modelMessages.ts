import type { MessageTemplate } from './ModelIssue';

type Catalogue = Record<string, MessageTemplate>;

const q = (v: unknown) => `"${String(v)}"`;
/** Who reads an answer, for reference problems: `params.owner` (a field, step, rule, exit or fee id). */
const ownerIt = (p: Record<string, unknown>) => (p.owner === undefined ? 'un riferimento' : q(p.owner));
const ownerEn = (p: Record<string, unknown>) => (p.owner === undefined ? 'a reference' : q(p.owner));
const detail = (p: Record<string, unknown>) => (p.detail === undefined ? '' : `: ${String(p.detail)}`);

/** Parse and edit-operation errors: the module (or the edit) is refused. Italian, for staff. */
export const modelIt: Catalogue = {
  invalid_module: (p) => `il modulo non rispetta il formato${p.at ? ` (${String(p.at)})` : ''}`,
  invalid_json: () => 'il testo del modulo non è un JSON valido',
  unsupported_format_version: (p) =>
    `versione del formato non supportata: ${JSON.stringify(p.version)} (attesa ${String(p.supported)} o precedente)`,
  unknown_kind: (p) => `tipo di campo sconosciuto ${q(p.fieldKind)}`,
  unknown_field: (p) =>
    p.reads === undefined
      ? `il campo ${q(p.id)} non esiste`
      : `${ownerIt(p)} usa ${q(p.reads)}, che non esiste`,
  unknown_step: (p) => `il passo ${q(p.id)} non esiste`,
  duplicate_id: (p) => `l'identificativo ${q(p.id)} è usato più di una volta`,
  invalid_id: (p) => `l'identificativo ${q(p.id)} non è valido`,
  field_in_use: (p) => `il campo ${q(p.id)} è usato da altre regole del modulo`,
  condition_on_later_field: (p) => `${ownerIt(p)} usa ${q(p.reads)}, che viene dopo`,
  condition_cycle: (p) => `${ownerIt(p)} usa ${q(p.reads)}: una condizione non può dipendere da se stessa`,
  condition_out_of_scope: (p) =>
    `${ownerIt(p)} usa ${q(p.reads)}, che sta dentro un'altra sezione o un altro elenco`,
  wrong_field_kind: (p) =>
    `${ownerIt(p)} usa ${q(p.reads)}, che non è ${p.expect === 'list' ? 'un elenco' : 'una data'}`,
  index_out_of_range: () => 'la posizione indicata è fuori dall’elenco',
  invalid_property: (p) => `valore non valido${p.property ? ` per ${q(p.property)}` : ''}${detail(p)}`,
  last_step: () => "non è possibile eliminare l'unico passo: un modulo ne ha almeno uno",
  not_a_container: (p) => `il campo ${q(p.id)} non può contenere altri campi`,
  move_into_itself: (p) => `non è possibile spostare ${q(p.id)} dentro se stesso`,
};

/** The same codes in English, for integrators. */
export const modelEn: Catalogue = {
  invalid_module: (p) => `the module does not follow the format${p.at ? ` (${String(p.at)})` : ''}`,
  invalid_json: () => 'the module text is not valid JSON',
  unsupported_format_version: (p) =>
    `unsupported format version ${JSON.stringify(p.version)} (expected ${String(p.supported)} or earlier)`,
  unknown_kind: (p) => `unknown field kind ${q(p.fieldKind)}`,
  unknown_field: (p) =>
    p.reads === undefined
      ? `field ${q(p.id)} does not exist`
      : `${ownerEn(p)} reads ${q(p.reads)}, which does not exist`,
  unknown_step: (p) => `step ${q(p.id)} does not exist`,
  duplicate_id: (p) => `the id ${q(p.id)} is used more than once`,
  invalid_id: (p) => `the id ${q(p.id)} is not valid`,
  field_in_use: (p) => `field ${q(p.id)} is read by other rules of the module`,
  condition_on_later_field: (p) => `${ownerEn(p)} reads ${q(p.reads)}, which comes later`,
  condition_cycle: (p) => `${ownerEn(p)} reads ${q(p.reads)}: a condition cannot depend on itself`,
  condition_out_of_scope: (p) => `${ownerEn(p)} reads ${q(p.reads)}, which is inside another group or list`,
  wrong_field_kind: (p) =>
    `${ownerEn(p)} reads ${q(p.reads)}, which is not a ${p.expect === 'list' ? 'list' : 'date'}`,
  index_out_of_range: () => 'the position is outside the list',
  invalid_property: (p) => `invalid value${p.property ? ` for ${q(p.property)}` : ''}`,
  last_step: () => 'the only step cannot be removed: a module has at least one',
  not_a_container: (p) => `field ${q(p.id)} cannot hold other fields`,
  move_into_itself: (p) => `${q(p.id)} cannot be moved into itself`,
};
