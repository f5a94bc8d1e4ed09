import type { ReactNode } from 'react';
import { useMemo } from 'react';
import type { Module } from '@modulo/form-model';
import { createMemoryApi } from '../api/createMemoryApi';
import { DesignerDnd } from '../canvas/DesignerDnd';
import { createDesignerStore } from '../state/createDesignerStore';
import { designerCommands } from '../state/designerCommands';
import { makeTestModule } from '../state/makeTestModule';
import type { Selection } from '../state/Selection';
import { DesignerContext } from '../state/useDesigner';

/** A live designer (store, commands, in-memory api) around a story, optionally with a selection. */
export function DesignerStory({
  module,
  selection,
  children,
}: {
  module?: Module;
  selection?: Selection;
  children: ReactNode;
}) {
  const handle = useMemo(() => {
    const store = createDesignerStore(module ?? makeTestModule());
    if (selection) store.select(selection);
    return { store, commands: designerCommands(store), api: createMemoryApi() };
  }, [module, selection]);
  return (
    <DesignerContext.Provider value={handle}>
      <DesignerDnd>{children}</DesignerDnd>
    </DesignerContext.Provider>
  );
}
