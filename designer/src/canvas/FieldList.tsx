import { memo, useMemo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Field, FieldParent } from '@modulo/form-model';
import { useT } from '../i18n/useT';
import type { DragData } from './dropTarget';
import { FieldCard } from './FieldCard';
import type { CanvasContext } from './CanvasContext';

export interface FieldListProps {
  fields: Field[];
  parent: FieldParent;
  /** The step title or group label, for announcements. */
  label: string;
  ctx: CanvasContext;
}

/** The fields of a step or container: one sortable list and a drop target for its end. */
export const FieldList = memo(function FieldList({ fields, parent, label, ctx }: FieldListProps) {
  const t = useT();
  const parentId = 'stepId' in parent ? parent.stepId : parent.containerId;
  const data: DragData = { source: 'list', parent, size: fields.length, label };
  // Only an empty list is a target of its own: in a full one the cards are (fewer, clearer
  // targets for the keyboard, whose arrows then go from card to card).
  const { setNodeRef, isOver } = useDroppable({ id: `list:${parentId}`, data, disabled: fields.length > 0 });
  // The same ids keep the same array, so SortableContext (a context every card reads) stays put
  // on a label edit and only a reorder re-renders the list's cards.
  const idsKey = fields.map((f) => f.id).join('\u0000');
  const items = useMemo(() => (idsKey === '' ? [] : idsKey.split('\u0000')), [idsKey]);
  return (
    <SortableContext items={items} strategy={verticalListSortingStrategy}>
      <ol ref={setNodeRef} className={`modulo-fields${isOver ? ' modulo-over' : ''}`}>
        {fields.map((f, i) => (
          <FieldCard
            key={f.id}
            field={f}
            parent={parent}
            index={i}
            last={i === fields.length - 1}
            ctx={ctx}
          />
        ))}
        {fields.length === 0 && (
          <li className="modulo-empty">
            {'stepId' in parent ? t('canvas.emptyStep') : t('canvas.emptyGroup')}
          </li>
        )}
      </ol>
    </SortableContext>
  );
});
