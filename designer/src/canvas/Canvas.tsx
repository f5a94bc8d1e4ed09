import { memo, useMemo, useState } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { Step } from '@modulo/form-model';
import { findField, walkFields } from '@modulo/form-model';
import type { DragData } from './dropTarget';
import { pick, useLang, useT } from '../i18n/useT';
import { useDesigner, useDesignerHandle } from '../state/useDesigner';
import type { CanvasContext } from './CanvasContext';
import { FieldList } from './FieldList';
import { ruleReaders } from './ruleReaders';

/**
 * The steps of the module and their fields. Must sit inside `DesignerDnd` (drops from the
 * palette land here). Each step and card is memoised, so an edit re-renders what it touched.
 */
export function Canvas() {
  const t = useT();
  const lang = useLang();
  const { commands } = useDesignerHandle();
  const steps = useDesigner((s) => s.module.steps);
  const procedure = useDesigner((s) => s.module.procedure);
  const exits = useDesigner((s) => s.module.exits);
  const selection = useDesigner((s) => s.selection);
  const selectedId = selection.kind === 'field' ? selection.id : undefined;
  // Readers change only when a rule does; compare by content so cards keep their memo.
  const computed = useMemo(
    () => ruleReaders({ steps, procedure, exits } as Parameters<typeof ruleReaders>[0]),
    [steps, procedure, exits],
  );
  const readersKey = JSON.stringify([...computed]);
  // Keyed by content: a label edit keeps the same map, so no card re-renders for it.
  const readers = useMemo(() => computed, [readersKey]);
  const titles = steps.map((s) => `${s.id}\u0000${pick(s.title, lang)}`).join('\u0001');
  const stepList = useMemo(
    () =>
      titles.split('\u0001').map((p) => {
        const [id = '', title = ''] = p.split('\u0000');
        return { id, title };
      }),
    [titles],
  );
  // A big module opens with its steps folded (only the selected one shows its cards): a few
  // dozen sortable cards keep a drag fluid where 300 would not. A folded step still takes drops.
  const total = useMemo(() => walkFields({ steps } as Parameters<typeof walkFields>[0]).length, [steps]);
  const [open, setOpen] = useState<Set<string>>(() => new Set(steps.slice(0, 1).map((s) => s.id)));
  const selectedStep =
    selection.kind === 'step'
      ? selection.id
      : selection.kind === 'field'
        ? findField({ steps } as Parameters<typeof findField>[0], selection.id)?.stepId
        : undefined;
  const isOpen = (id: string) => total <= FOLD_ABOVE || open.has(id) || id === selectedStep;
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (isOpen(id)) {
        next.delete(id);
      } else next.add(id);
      return next;
    });
  const ctx: CanvasContext = useMemo(
    () => ({ commands, selectedId, readers, steps: stepList }),
    [commands, selectedId, readers, stepList],
  );
  return (
    <section aria-labelledby="canvas-title" className="modulo-canvas">
      <h2 id="canvas-title">{t('canvas.title')}</h2>
      <ol className="modulo-steps">
        {steps.map((step, i) => (
          <StepSection
            key={step.id}
            step={step}
            index={i}
            count={steps.length}
            selected={selection.kind === 'step' && selection.id === step.id}
            expanded={isOpen(step.id)}
            foldable={total > FOLD_ABOVE}
            onToggle={toggle}
            ctx={ctx}
          />
        ))}
      </ol>
      <button type="button" onClick={() => commands.addStep()}>
        {t('canvas.addStep')}
      </button>
    </section>
  );
}

/** Modules with more fields than this open with their steps folded. */
export const FOLD_ABOVE = 60;

interface StepSectionProps {
  step: Step;
  index: number;
  count: number;
  selected: boolean;
  expanded: boolean;
  foldable: boolean;
  onToggle(id: string): void;
  ctx: CanvasContext;
}

const StepSection = memo(function StepSection({
  step,
  index,
  count,
  selected,
  expanded,
  foldable,
  onToggle,
  ctx,
}: StepSectionProps) {
  const t = useT();
  const lang = useLang();
  const c = ctx.commands;
  const title = pick(step.title, lang);
  const headingId = `step-${step.id}`;
  return (
    <li className={`modulo-step${selected ? ' modulo-selected' : ''}`} aria-labelledby={headingId}>
      <div className="modulo-step-head">
        <h3 id={headingId}>
          {t('canvas.step')} {index + 1}: {title}
        </h3>
        <span className="modulo-kind">
          {step.fields.length} {t('canvas.fields')}
        </span>
        {step.condition && <span className="modulo-badge">{t('canvas.conditional')}</span>}
        <button type="button" aria-pressed={selected} onClick={() => c.select({ kind: 'step', id: step.id })}>
          {t('canvas.editStep')}
          <span className="modulo-sr"> {title}</span>
        </button>
        <button type="button" disabled={index === 0} onClick={() => c.moveStep(step.id, index - 1)}>
          {t('canvas.stepUp')}
          <span className="modulo-sr"> {title}</span>
        </button>
        <button type="button" disabled={index === count - 1} onClick={() => c.moveStep(step.id, index + 1)}>
          {t('canvas.stepDown')}
          <span className="modulo-sr"> {title}</span>
        </button>
        <button type="button" disabled={count === 1} onClick={() => c.removeStep(step.id)}>
          {t('canvas.removeStep')}
          <span className="modulo-sr"> {title}</span>
        </button>
      </div>
      {foldable && (
        <button type="button" aria-expanded={expanded} onClick={() => onToggle(step.id)}>
          {expanded ? t('canvas.fold') : t('canvas.unfold')}
          <span className="modulo-sr"> {title}</span>
        </button>
      )}
      {expanded ? (
        <FieldList fields={step.fields} parent={{ stepId: step.id }} label={title} ctx={ctx} />
      ) : (
        <FoldedStep step={step} label={title} />
      )}
    </li>
  );
});

/** A folded step: one drop target for its end, so a drag can still land in it. */
function FoldedStep({ step, label }: { step: Step; label: string }) {
  const t = useT();
  const data: DragData = { source: 'list', parent: { stepId: step.id }, size: step.fields.length, label };
  const { setNodeRef, isOver } = useDroppable({ id: `list:${step.id}`, data });
  return (
    <p ref={setNodeRef} className={`modulo-folded${isOver ? ' modulo-over' : ''}`}>
      {t('canvas.folded')}
    </p>
  );
}
