import { memo, useMemo } from 'react';
import type { Step } from '@modulo/form-model';
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

interface StepSectionProps {
  step: Step;
  index: number;
  count: number;
  selected: boolean;
  ctx: CanvasContext;
}

const StepSection = memo(function StepSection({ step, index, count, selected, ctx }: StepSectionProps) {
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
      <FieldList fields={step.fields} parent={{ stepId: step.id }} label={title} ctx={ctx} />
    </li>
  );
});
