import type { CompiledModule, Module, Step } from '@modulo/form-model';
import Form from '@rjsf/core';
import type { ErrorSchema, RJSFSchema, UiSchema } from '@rjsf/utils';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { conditionValidator } from '../model/conditionValidator';
import { stepSchema } from '../model/stepSchema';
import type { ThemeContext } from '../theme/formContext';
import { theme } from '../theme/theme';

export interface StepFormProps {
  module: Module;
  compiled: CompiledModule;
  step: Step;
  /** All answers (every step): conditions may read earlier steps. */
  answers: Record<string, unknown>;
  visible: Set<string>;
  /** Fields filled from the identity that the citizen may not change. */
  readonlyIds: Set<string>;
  extraErrors?: ErrorSchema;
  context: ThemeContext;
  idPrefix: string;
  onChange(stepAnswers: Record<string, unknown>): void;
  onSubmit(): void;
  children?: ReactNode;
}

/**
 * One step of the module rendered by @rjsf/core with the Modulo theme. Only this step's
 * visible fields are in the schema, so a keystroke re-renders one step, never the whole form;
 * the schema object changes only when the set of visible fields does (a condition flips), and
 * fields keep their keys so the one being typed into keeps focus.
 */
export function StepForm(props: StepFormProps) {
  const { module, compiled, step, visible, answers, readonlyIds } = props;
  const ids = step.fields.filter((f) => visible.has(f.id)).map((f) => f.id);
  const requiredKey = step.fields
    .filter((f) => f.requiredWhen)
    .map((f) => f.id)
    .join();
  const key = ids.join('|') + '#' + requiredKey + '#' + [...readonlyIds].join();
  const { schema, uiSchema } = useMemo(() => {
    const built = stepSchema(module, compiled, step, visible, answers);
    for (const id of readonlyIds)
      if (built.uiSchema[id])
        built.uiSchema[id] = { ...(built.uiSchema[id] as UiSchema), 'ui:readonly': true };
    return built;
    // Rebuilt only when which fields show (or are required/read-only) changes.
  }, [module, step, key]);
  const formData = useMemo(() => {
    const own: Record<string, unknown> = {};
    for (const id of ids) if (answers[id] !== undefined) own[id] = answers[id];
    return own;
  }, [answers, key]);
  return (
    <Form
      schema={schema as RJSFSchema}
      uiSchema={uiSchema as UiSchema}
      formData={formData}
      validator={conditionValidator}
      widgets={theme.widgets}
      fields={theme.fields}
      templates={theme.templates}
      formContext={props.context}
      idPrefix={props.idPrefix}
      noValidate
      noHtml5Validate
      showErrorList={false}
      extraErrors={props.extraErrors}
      onChange={(e) => props.onChange((e.formData ?? {}) as Record<string, unknown>)}
      onSubmit={() => props.onSubmit()}
      experimental_defaultFormStateBehavior={{
        emptyObjectFields: 'skipDefaults',
        arrayMinItems: { populate: 'never' },
        constAsDefaults: 'never',
      }}
    >
      {props.children}
    </Form>
  );
}
