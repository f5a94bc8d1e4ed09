import type { FieldParent } from '@modulo/form-model';

/** What the canvas puts on its drag sources and drop targets (`data` of dnd-kit). */
export type DragData =
  | { source: 'palette'; kind: string }
  | { source: 'field'; parent: FieldParent; index: number; label: string }
  | { source: 'list'; parent: FieldParent; size: number; label: string };

/** Where a drop lands: a parent list and a position in it (after taking the dragged field out). */
export interface DropTarget {
  parent: FieldParent;
  index: number;
}

const sameParent = (a: FieldParent, b: FieldParent) =>
  'stepId' in a
    ? 'stepId' in b && a.stepId === b.stepId
    : 'containerId' in b && a.containerId === b.containerId;

/**
 * The drop position for `active` over `over`: on a field, its place (a field moved down within
 * its own list takes the place of the one it is over, like `arrayMove`); on a list, its end.
 */
export function dropTarget(active: DragData, over: DragData): DropTarget | undefined {
  if (over.source === 'palette') return undefined;
  if (over.source === 'list') {
    const moving = active.source === 'field' && sameParent(active.parent, over.parent);
    return { parent: over.parent, index: moving ? over.size - 1 : over.size };
  }
  return { parent: over.parent, index: over.index };
}
