import { memo, useId, useState } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Field, FieldParent } from '@modulo/form-model';
import { getFieldKind } from '@modulo/form-model';
import { pick, useLang, useT } from '../i18n/useT';
import type { CanvasContext } from './CanvasContext';
import type { DragData } from './dropTarget';
import { FieldList } from './FieldList';

export interface FieldCardProps {
  field: Field;
  parent: FieldParent;
  index: number;
  last: boolean;
  ctx: CanvasContext;
}

/**
 * One field on the canvas: a drag handle (pointer or keyboard), its label (selects it), badges
 * (required, conditional, the rules that read it), and, when selected, buttons that do every
 * move a drag does. Memoised: it re-renders when its own field or position changes.
 *
 * During a drag dnd-kit re-renders every sortable item whenever the card under the pointer
 * changes (its hook reads the drag context): this outer part is only the hook and the `<li>`
 * with its transform; the body below is memoised on the card's own props, so a drag-over
 * reconciles one element per card instead of the card's whole tree.
 */
export const FieldCard = memo(function FieldCard(props: FieldCardProps) {
  const { field, parent, index } = props;
  const lang = useLang();
  const data: DragData = { source: 'field', parent, index, label: pick(field.label, lang) };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: field.id, data });
  const selected = props.ctx.selectedId === field.id;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`modulo-card${selected ? ' modulo-selected' : ''}${isDragging ? ' modulo-dragging' : ''}`}
      data-field-id={field.id}
    >
      <CardBody {...props} handle={{ attributes, listeners, setActivatorNodeRef }} />
    </li>
  );
}, sameCard);

interface HandleProps {
  attributes: ReturnType<typeof useSortable>['attributes'];
  listeners: ReturnType<typeof useSortable>['listeners'];
  setActivatorNodeRef: ReturnType<typeof useSortable>['setActivatorNodeRef'];
}

/** The card's content; dnd-kit keeps the handle's props stable, so this skips drag-overs. */
const CardBody = memo(
  function CardBody({ field, parent, index, last, ctx, handle }: FieldCardProps & { handle: HandleProps }) {
    const t = useT();
    const lang = useLang();
    const kind = getFieldKind(field.kind);
    const label = pick(field.label, lang);
    const selected = ctx.selectedId === field.id;
    const readers = ctx.readers.get(field.id) ?? [];
    const labelId = useId();
    return (
      <>
        <div className="modulo-card-row">
          <button
            type="button"
            ref={handle.setActivatorNodeRef}
            className="modulo-handle"
            {...handle.attributes}
            {...handle.listeners}
            aria-roledescription={lang === 'en' ? 'draggable field' : 'campo trascinabile'}
            aria-label={`${t('canvas.drag')}: ${label}`}
          >
            <span aria-hidden="true">⠿</span>
          </button>
          <button
            type="button"
            id={labelId}
            className="modulo-card-label"
            aria-pressed={selected}
            onClick={() => ctx.commands.select({ kind: 'field', id: field.id })}
          >
            {label}
            <span className="modulo-kind"> · {pick(kind?.label, lang)}</span>
          </button>
          {field.required && <span className="modulo-badge">{t('canvas.required')}</span>}
          {field.condition && <span className="modulo-badge">{t('canvas.conditional')}</span>}
          {readers.length > 0 && (
            <span className="modulo-badge modulo-readers">
              {t('canvas.readBy')}: {[...new Set(readers.map((r) => r.owner))].join(', ')}
            </span>
          )}
        </div>
        {selected && (
          <CardActions field={field} parent={parent} index={index} last={last} ctx={ctx} labelId={labelId} />
        )}
        {kind?.container && (
          <FieldList fields={field.fields ?? []} parent={{ containerId: field.id }} label={label} ctx={ctx} />
        )}
      </>
    );
  },
  (a, b) =>
    sameCard(a, b) &&
    a.handle.attributes === b.handle.attributes &&
    a.handle.listeners === b.handle.listeners &&
    a.handle.setActivatorNodeRef === b.handle.setActivatorNodeRef,
);

/** A card's own props are unchanged: same field, place, selection state and readers. */
function sameCard(a: FieldCardProps, b: FieldCardProps): boolean {
  return (
    a.field === b.field &&
    a.index === b.index &&
    a.last === b.last &&
    samePlace(a.parent, b.parent) &&
    a.ctx.commands === b.ctx.commands &&
    a.ctx.steps === b.ctx.steps &&
    // Only the cards whose selection or readers changed re-render.
    (a.ctx.selectedId === a.field.id) === (b.ctx.selectedId === b.field.id) &&
    sameReaders(a.ctx.readers.get(a.field.id), b.ctx.readers.get(b.field.id)) &&
    (!a.field.fields || a.ctx === b.ctx)
  );
}

function samePlace(a: FieldParent, b: FieldParent): boolean {
  return 'stepId' in a
    ? 'stepId' in b && a.stepId === b.stepId
    : 'containerId' in b && a.containerId === b.containerId;
}

function sameReaders(a: { owner: string }[] | undefined, b: { owner: string }[] | undefined): boolean {
  return (a ?? []).map((r) => r.owner).join() === (b ?? []).map((r) => r.owner).join();
}

function CardActions({ field, parent, index, last, ctx, labelId }: FieldCardProps & { labelId: string }) {
  const t = useT();
  const [stepId, setStepId] = useState('');
  const selectId = useId();
  const c = ctx.commands;
  const currentStep = 'stepId' in parent ? parent.stepId : undefined;
  return (
    <div className="modulo-card-actions" role="group" aria-labelledby={labelId}>
      <button type="button" disabled={index === 0} onClick={() => c.moveBy(field.id, -1)}>
        {t('canvas.up')}
      </button>
      <button type="button" disabled={last} onClick={() => c.moveBy(field.id, 1)}>
        {t('canvas.down')}
      </button>
      <label htmlFor={selectId}>{t('canvas.moveTo')}</label>
      <select id={selectId} value={stepId} onChange={(e) => setStepId(e.target.value)}>
        <option value="">{t('procedure.pick')}</option>
        {ctx.steps
          .filter((s) => s.id !== currentStep)
          .map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
      </select>
      <button
        type="button"
        disabled={!stepId}
        onClick={() => {
          c.moveToStep(field.id, stepId);
          setStepId('');
        }}
      >
        {t('canvas.move')}
      </button>
      <button type="button" onClick={() => c.duplicateField(field.id)}>
        {t('canvas.duplicate')}
      </button>
      <button type="button" onClick={() => c.removeField(field.id)}>
        {t('canvas.remove')}
      </button>
    </div>
  );
}
