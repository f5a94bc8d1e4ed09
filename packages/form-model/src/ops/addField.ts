import { getFieldKind } from '../kinds/registry';
import type { Field, LocalizedText, Module, Result } from '../types';
import { ok } from '../types';
import { checkIndex } from './checkIndex';
import { checkText } from './checkText';
import { copyWithFreshIds } from './copyWithFreshIds';
import { checkNewId, takenIds, toCamelId, uniqueId } from './fieldIds';
import type { FieldParent } from './fieldList';
import { fieldList, insertAt, withFieldList } from './fieldList';
import { refuse } from '../messages/modelError';
import { fieldsPointerOf } from './pointerOf';

export interface AddFieldArgs {
  /** A registered field kind, e.g. "short-text". */
  kind: string;
  /** The step or container field to add to. */
  parent: FieldParent;
  /** Position among the siblings; default last. */
  index?: number;
  /** Default: made unique from the label, or from the kind when no label is given. */
  id?: string;
  /** Default: the kind's default label. */
  label?: LocalizedText;
}

/** Adds a new field of a kind, starting from the kind's defaults. */
export function addField(module: Module, args: AddFieldArgs): Result<Module> {
  const kind = getFieldKind(args.kind);
  if (!kind) return refuse('unknown_kind', { id: args.id, fieldKind: args.kind }, '', { id: args.id });
  const siblings = fieldList(module, args.parent);
  if (!siblings.ok) return siblings;
  const parentId = 'stepId' in args.parent ? args.parent.stepId : args.parent.containerId;
  const index = args.index ?? siblings.value.length;
  const list = fieldsPointerOf(module, parentId);
  const problem =
    checkIndex(index, siblings.value.length, list) ??
    (args.label === undefined ? undefined : checkText(args.label, 'label', list, { id: args.id })) ??
    (args.id === undefined ? undefined : checkNewId(module, args.id, list));
  if (problem) return { ok: false, error: problem };

  const taken = takenIds(module);
  const id = args.id ?? uniqueId(toCamelId(args.label?.it ?? kind.kind, 'campo'), taken);
  taken.add(id);
  const field: Field = { id, kind: kind.kind, label: structuredClone(args.label ?? kind.defaults.label) };
  if (kind.defaults.required !== undefined) field.required = kind.defaults.required;
  if (Object.keys(kind.defaults.props).length > 0) field.props = structuredClone(kind.defaults.props);
  // A kind may ship starter children (a repeatable's first columns): their ids must be unique too.
  if (kind.container) field.fields = (kind.defaults.fields ?? []).map((f) => copyWithFreshIds(f, taken));
  return ok(withFieldList(module, args.parent, insertAt(siblings.value, index, field)));
}
