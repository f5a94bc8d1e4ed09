import type { LintFinding, ModelError, Module, Result } from '@modulo/form-model';
import { findField, lintModule, uniqueFieldId, walkFields } from '@modulo/form-model';
import type { Edit } from './operations';
import { OPERATIONS } from './operations';
import type { Selection } from './Selection';

/** Where the draft stands with the server. */
export type SaveStatus =
  | { status: 'saved'; savedAt?: string }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'error'; message: string; messageEn: string };

/** A snapshot of the designer; a new object after every change (compare by reference). */
export interface DesignerState {
  module: Module;
  selection: Selection;
  canUndo: boolean;
  canRedo: boolean;
  /** The module differs from the last one saved. */
  dirty: boolean;
  /** Why the last edit was refused (the model's reason), until the next edit or dismissal. */
  refusal?: ModelError;
  save: SaveStatus;
}

export interface EditOptions {
  /**
   * Edits with the same key in a row make one undo step (typing a label letter by letter).
   */
  coalesce?: string;
}

/** The framework-free core of the designer: one module, its history, selection and save state. */
export interface DesignerStore {
  getState(): DesignerState;
  subscribe(listener: () => void): () => void;
  /** Runs one of the model's operations; a refusal leaves the module as it was. */
  edit(edit: Edit, options?: EditOptions): Result<Module>;
  undo(): boolean;
  redo(): boolean;
  select(selection: Selection): void;
  /** Replaces the module (opening, import, template): a new history, not dirty. */
  load(module: Module): void;
  /** `lintModule` of the current module, computed once per module. */
  findings(): LintFinding[];
  dismissRefusal(): void;
  setSave(save: SaveStatus, savedModule?: Module): void;
}

interface HistoryEntry {
  module: Module;
  selection: Selection;
}

const HISTORY_LIMIT = 300;

/** Creates the store over a parsed module. */
export function createDesignerStore(initial: Module): DesignerStore {
  let past: HistoryEntry[] = [];
  let future: HistoryEntry[] = [];
  let lastCoalesce: string | undefined;
  let savedModule = initial;
  let lint: { module: Module; findings: LintFinding[] } | undefined;
  let state: DesignerState = {
    module: initial,
    selection: { kind: 'procedure' },
    canUndo: false,
    canRedo: false,
    dirty: false,
    save: { status: 'saved' },
  };
  const listeners = new Set<() => void>();

  function set(patch: Partial<DesignerState>) {
    const next = { ...state, ...patch };
    next.canUndo = past.length > 0;
    next.canRedo = future.length > 0;
    next.dirty = next.module !== savedModule;
    if (next.dirty && state.save.status === 'saved') next.save = { status: 'pending' };
    state = next;
    for (const l of [...listeners]) l();
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    edit(edit, options = {}) {
      const before = state.module;
      const args = withPlannedId(before, edit);
      const result = (OPERATIONS[args.op] as (m: Module, a: unknown) => Result<Module>)(before, args.args);
      if (!result.ok) {
        lastCoalesce = undefined;
        set({ refusal: result.error });
        return result;
      }
      if (result.value === before) {
        set({ refusal: undefined });
        return result;
      }
      if (options.coalesce === undefined || options.coalesce !== lastCoalesce) {
        past = [...past.slice(-(HISTORY_LIMIT - 1)), { module: before, selection: state.selection }];
      }
      lastCoalesce = options.coalesce;
      future = [];
      set({
        module: result.value,
        selection: selectionAfter(before, result.value, args, state.selection),
        refusal: undefined,
      });
      return result;
    },
    undo() {
      const entry = past.at(-1);
      if (!entry) return false;
      past = past.slice(0, -1);
      future = [...future, { module: state.module, selection: state.selection }];
      lastCoalesce = undefined;
      set({ module: entry.module, selection: entry.selection, refusal: undefined });
      return true;
    },
    redo() {
      const entry = future.at(-1);
      if (!entry) return false;
      future = future.slice(0, -1);
      past = [...past, { module: state.module, selection: state.selection }];
      lastCoalesce = undefined;
      set({ module: entry.module, selection: entry.selection, refusal: undefined });
      return true;
    },
    select(selection) {
      lastCoalesce = undefined;
      set({ selection });
    },
    load(module) {
      past = [];
      future = [];
      lastCoalesce = undefined;
      savedModule = module;
      state = { ...state, save: { status: 'saved' } };
      set({ module, selection: { kind: 'procedure' }, refusal: undefined });
    },
    findings() {
      if (lint?.module !== state.module) lint = { module: state.module, findings: lintModule(state.module) };
      return lint.findings;
    },
    dismissRefusal() {
      if (state.refusal) set({ refusal: undefined });
    },
    setSave(save, saved) {
      if (saved) savedModule = saved;
      set({ save });
    },
  };
}

/** A new field gets its id here, the same one the model would give, so it can be selected. */
function withPlannedId(module: Module, edit: Edit): Edit {
  if (edit.op !== 'addField' || edit.args.id !== undefined) return edit;
  return {
    op: 'addField',
    args: { ...edit.args, id: uniqueFieldId(module, edit.args.label?.it ?? edit.args.kind) },
  };
}

function selectionAfter(before: Module, after: Module, edit: Edit, current: Selection): Selection {
  switch (edit.op) {
    case 'addField':
      return { kind: 'field', id: edit.args.id! };
    case 'duplicateField': {
      const old = new Set(walkFields(before).map((l) => l.field.id));
      const copy = walkFields(after).find((l) => !old.has(l.field.id));
      return copy ? { kind: 'field', id: copy.field.id } : current;
    }
    case 'addStep': {
      const old = new Set(before.steps.map((s) => s.id));
      const step = after.steps.find((s) => !old.has(s.id));
      return step ? { kind: 'step', id: step.id } : current;
    }
    case 'setFieldProperty':
      if (edit.args.property === 'id' && current.kind === 'field' && current.id === edit.args.id) {
        return { kind: 'field', id: edit.args.value };
      }
      return current;
    case 'removeField': {
      if (current.kind !== 'field' || findField(after, current.id)) return current;
      const was = findField(before, edit.args.id);
      return was ? { kind: 'step', id: was.stepId } : { kind: 'procedure' };
    }
    case 'removeStep':
      return current.kind === 'step' && current.id === edit.args.id ? { kind: 'procedure' } : current;
    default:
      return current;
  }
}
