import type {
  AddExitArgs,
  Condition,
  Exit,
  FieldParent,
  LocalizedText,
  ModelError,
  Module,
  ProcedurePatch,
  Result,
  SetFieldPropertyArgs,
} from '@modulo/form-model';
import { findField } from '@modulo/form-model';
import type { DesignerStore } from './createDesignerStore';
import type { Selection } from './Selection';

type Outcome = Result<Module, ModelError>;

/** Named commands the UI (and `createTestDesigner`) issue; each is one of the model's operations. */
export interface DesignerCommands {
  addField(kind: string, parent: FieldParent, index?: number): Outcome;
  moveField(id: string, to: FieldParent, index?: number): Outcome;
  /** One place up or down among the siblings. */
  moveBy(id: string, delta: -1 | 1): Outcome;
  /** To the end of another step. */
  moveToStep(id: string, stepId: string): Outcome;
  removeField(id: string): Outcome;
  duplicateField(id: string): Outcome;
  setFieldProperty(args: SetFieldPropertyArgs, coalesce?: boolean): Outcome;
  setLabel(id: string, label: LocalizedText): Outcome;
  setCondition(target: { fieldId: string } | { stepId: string }, condition: Condition | undefined): Outcome;
  /** Required only when `condition` holds (format 3); `undefined` clears it. */
  setRequiredWhen(fieldId: string, condition: Condition | undefined): Outcome;
  /** An eligibility exit of a step (`stepId`) or of the whole module. */
  addExit(args: AddExitArgs): Outcome;
  setExit(id: string, exit: Exit): Outcome;
  removeExit(id: string): Outcome;
  setStepTitle(stepId: string, title: LocalizedText, description?: LocalizedText): Outcome;
  setProcedure(patch: ProcedurePatch, coalesce?: string): Outcome;
  addStep(index?: number): Outcome;
  removeStep(id: string): Outcome;
  moveStep(id: string, index: number): Outcome;
  /** The version the next publish carries (e.g. the suggested 1.1.0). */
  setVersion(version: string): Outcome;
  undo(): boolean;
  redo(): boolean;
  select(selection: Selection): void;
  /** Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y); true when the key was a shortcut it ran. */
  shortcut(key: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): boolean;
}

/** The commands over a store. */
export function designerCommands(store: DesignerStore): DesignerCommands {
  const edit = store.edit;
  const moveField = (id: string, to: FieldParent, index?: number) =>
    edit({ op: 'moveField', args: { id, to, index } });
  return {
    addField: (kind, parent, index) => edit({ op: 'addField', args: { kind, parent, index } }),
    moveField,
    moveBy(id, delta) {
      const at = findField(store.getState().module, id);
      if (!at) return edit({ op: 'moveField', args: { id, to: { stepId: '' } } });
      const parent: FieldParent = at.parentId ? { containerId: at.parentId } : { stepId: at.stepId };
      return moveField(id, parent, at.index + delta);
    },
    moveToStep: (id, stepId) => moveField(id, { stepId }),
    removeField: (id) => edit({ op: 'removeField', args: { id } }),
    duplicateField: (id) => edit({ op: 'duplicateField', args: { id } }),
    setFieldProperty: (args, coalesce) =>
      edit({ op: 'setFieldProperty', args }, coalesce ? { coalesce: `${args.id}:${args.property}` } : {}),
    setLabel: (id, label) =>
      edit(
        { op: 'setFieldProperty', args: { id, property: 'label', value: label } },
        { coalesce: `${id}:label` },
      ),
    setCondition: (target, condition) => edit({ op: 'setCondition', args: { target, condition } }),
    setRequiredWhen: (fieldId, condition) => edit({ op: 'setRequiredWhen', args: { fieldId, condition } }),
    addExit: (args) => edit({ op: 'addExit', args }),
    setExit: (id, exit) => edit({ op: 'setExit', args: { id, exit } }),
    removeExit: (id) => edit({ op: 'removeExit', args: { id } }),
    setStepTitle: (stepId, title, description) =>
      edit(
        { op: 'setStepTitle', args: description ? { stepId, title, description } : { stepId, title } },
        { coalesce: `${stepId}:title` },
      ),
    setProcedure: (patch, coalesce) => edit({ op: 'setProcedure', args: { patch } }, { coalesce }),
    addStep: (index) => edit({ op: 'addStep', args: { index } }),
    removeStep: (id) => edit({ op: 'removeStep', args: { id } }),
    moveStep: (id, index) => edit({ op: 'moveStep', args: { id, index } }),
    setVersion: (version) => edit({ op: 'setVersion', args: { version } }),
    undo: () => store.undo(),
    redo: () => store.redo(),
    select: (selection) => store.select(selection),
    shortcut({ key, ctrlKey, metaKey, shiftKey }) {
      if (!(ctrlKey || metaKey)) return false;
      const k = key.toLowerCase();
      if (k === 'z' && !shiftKey) return store.undo() || true;
      if ((k === 'z' && shiftKey) || k === 'y') return store.redo() || true;
      return false;
    },
  };
}
