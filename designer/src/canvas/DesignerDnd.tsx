import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import type { CollisionDetection, DragEndEvent, DragStartEvent } from '@dnd-kit/core';
import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { getFieldKind } from '@modulo/form-model';
import { pick, useLang, useT } from '../i18n/useT';
import { useDesignerHandle } from '../state/useDesigner';
import { dndAnnouncements, dndInstructions } from './announcements';
import type { DragData } from './dropTarget';
import { dropTarget } from './dropTarget';

/**
 * By keyboard, the target whose top or bottom edge the moved card lines up with (the sortable
 * coordinate getter aligns the top going up, the bottom going down): centres mislead when
 * cards differ in height (the selected one shows its buttons). By pointer, the innermost
 * target under it (a group's child before the group); else the nearest.
 */
const collision: CollisionDetection = (args) => {
  if (!args.pointerCoordinates) {
    const c = args.collisionRect;
    const scored = args.droppableContainers.flatMap((container) => {
      const r = args.droppableRects.get(container.id);
      if (!r || container.disabled) return [];
      const value =
        Math.min(Math.abs(r.top - c.top), Math.abs(r.bottom - c.bottom)) + Math.abs(r.left - c.left) / 1000;
      return [{ id: container.id, data: { droppableContainer: container, value } }];
    });
    return scored.sort((a, b) => a.data.value - b.data.value);
  }
  const within = pointerWithin(args);
  if (within.length > 0) {
    const area = (id: string | number) => {
      const r = args.droppableRects.get(id);
      return r ? r.width * r.height : Infinity;
    };
    return [...within].sort((a, b) => area(a.id) - area(b.id));
  }
  return closestCenter(args);
};

/**
 * Measure the cards once when a drag starts, not on every move: with 300 cards, re-measuring
 * (a getBoundingClientRect per card per frame) was most of a frame. Cards shift by transforms
 * during the drag, which dnd-kit accounts for without measuring again.
 */
const MEASURING = { droppable: { strategy: MeasuringStrategy.BeforeDragging } };

/**
 * The drag and drop of the designer: palette → canvas (add) and canvas → canvas (move), by
 * pointer or keyboard (Space, arrows, Space) with spoken announcements. Drops become the
 * model's `addField` / `moveField`; a refused drop leaves the form as it was and shows why.
 */
export function DesignerDnd({ children }: { children: ReactNode }) {
  const { commands } = useDesignerHandle();
  const lang = useLang();
  const t = useT();
  const [dragging, setDragging] = useState<DragData | undefined>();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const accessibility = useMemo(
    () => ({ announcements: dndAnnouncements(lang), screenReaderInstructions: dndInstructions(t) }),
    [lang, t],
  );

  const onDragStart = (e: DragStartEvent) => setDragging(e.active.data.current as DragData | undefined);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(undefined);
    const from = active.data.current as DragData | undefined;
    const to = over?.data.current as DragData | undefined;
    if (!from || !to || active.id === over?.id) return;
    const target = dropTarget(from, to);
    if (!target) return;
    if (from.source === 'palette') commands.addField(from.kind, target.parent, target.index);
    else if (from.source === 'field') commands.moveField(String(active.id), target.parent, target.index);
  };

  return (
    <DndContext
      sensors={sensors}
      measuring={MEASURING}
      collisionDetection={collision}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(undefined)}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {dragging?.source === 'palette' ? (
          <div className="modulo-overlay">{pick(getFieldKind(dragging.kind)?.label, lang)}</div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
