import type { Module, Step } from '@modulo/form-model';
import { pick, useLang, useT } from '../i18n/useT';
import { ConditionEditor } from '../rules/ConditionEditor';
import type { DesignerCommands } from '../state/designerCommands';

export interface StepInspectorProps {
  module: Module;
  step: Step;
  commands: DesignerCommands;
}

/**
 * The inspector of a step: its title and description (read here: the model has no step-text
 * operation yet) and the rule that shows or skips the whole step.
 */
export function StepInspector({ module, step, commands }: StepInspectorProps) {
  const t = useT();
  const lang = useLang();
  return (
    <section aria-labelledby="inspector-step" className="modulo-inspector">
      <h2 id="inspector-step">
        {t('canvas.step')}: {pick(step.title, lang)}
      </h2>
      <dl>
        <dt>{t('inspector.id')}</dt>
        <dd>
          <code>{step.id}</code>
        </dd>
        {step.description && (
          <>
            <dt>{t('inspector.stepDescription')}</dt>
            <dd>{pick(step.description, lang)}</dd>
          </>
        )}
      </dl>
      <ConditionEditor
        title={t('rules.stepVisibility')}
        module={module}
        condition={step.condition}
        onApply={(c) => commands.setCondition({ stepId: step.id }, c)}
      />
    </section>
  );
}
