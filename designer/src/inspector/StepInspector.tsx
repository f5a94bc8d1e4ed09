import type { Module, Step } from '@modulo/form-model';
import { pick, useLang, useT } from '../i18n/useT';
import { ConditionEditor } from '../rules/ConditionEditor';
import { ExitsEditor } from '../rules/ExitsEditor';
import type { DesignerCommands } from '../state/designerCommands';
import { TextInput } from './TextInput';

export interface StepInspectorProps {
  module: Module;
  step: Step;
  commands: DesignerCommands;
}

/**
 * The inspector of a step: its title and description, the rule that shows or skips the whole
 * step, and its eligibility exits.
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
      </dl>
      <TextInput
        label={t('inspector.stepTitle')}
        name="stepTitle"
        value={step.title.it}
        onChange={(v) => commands.setStepTitle(step.id, { ...step.title, it: v })}
      />
      <TextInput
        label={t('inspector.stepDescription')}
        multiline
        value={step.description?.it ?? ''}
        onChange={(v) => commands.setStepTitle(step.id, step.title, { ...step.description, it: v })}
      />
      <ConditionEditor
        title={t('rules.stepVisibility')}
        module={module}
        condition={step.condition}
        onApply={(c) => commands.setCondition({ stepId: step.id }, c)}
      />
      <ExitsEditor module={module} stepId={step.id} commands={commands} />
    </section>
  );
}
