import { createContext, useContext, useSyncExternalStore } from 'react';
import type { DesignerApi } from '../api/DesignerApi';
import type { Autosave } from './createAutosave';
import type { DesignerState, DesignerStore } from './createDesignerStore';
import type { DesignerCommands } from './designerCommands';

/** What the designer's components share: the store, its commands, the api and the autosave. */
export interface DesignerHandle {
  store: DesignerStore;
  commands: DesignerCommands;
  api: DesignerApi;
  autosave?: Autosave;
}

/** The designer a component tree works on (provided by `DesignerApp` or a story). */
export const DesignerContext = createContext<DesignerHandle | undefined>(undefined);

/** The designer of the surrounding `DesignerContext`. */
export function useDesignerHandle(): DesignerHandle {
  const handle = useContext(DesignerContext);
  if (!handle) throw new Error('useDesigner outside a DesignerContext');
  return handle;
}

/**
 * A slice of the designer state; the component re-renders only when the slice changes
 * (by reference), so a field card re-renders only when its own field does.
 */
export function useDesigner<T>(select: (state: DesignerState) => T): T {
  const { store } = useDesignerHandle();
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getState()),
    () => select(store.getState()),
  );
}
