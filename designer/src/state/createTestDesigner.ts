import type { Module } from '@modulo/form-model';
import { makeTestModule } from './makeTestModule';
import type { DesignerApi } from '../api/DesignerApi';
import { createMemoryApi } from '../api/createMemoryApi';
import type { Autosave } from './createAutosave';
import { createAutosave } from './createAutosave';
import type { DesignerStore } from './createDesignerStore';
import { createDesignerStore } from './createDesignerStore';
import { designerCommands } from './designerCommands';
import type { DesignerCommands } from './designerCommands';

export interface TestDesigner extends DesignerCommands {
  store: DesignerStore;
  api: DesignerApi;
  autosave: Autosave;
  /** The current module. */
  readonly module: Module;
}

export interface TestDesignerOptions {
  module?: Module;
  api?: DesignerApi;
  autosaveDelayMs?: number;
}

/**
 * A designer without a screen: the same store, commands and autosave the UI uses, for tests
 * that drive it as the UI would (`d.addField('short-text', { stepId: 'dati' })`, `d.undo()`).
 */
export function createTestDesigner(options: TestDesignerOptions = {}): TestDesigner {
  const store = createDesignerStore(options.module ?? makeTestModule());
  const api = options.api ?? createMemoryApi();
  const autosave = createAutosave(store, api, { delayMs: options.autosaveDelayMs ?? 10 });
  return {
    store,
    api,
    autosave,
    get module() {
      return store.getState().module;
    },
    ...designerCommands(store),
  };
}
