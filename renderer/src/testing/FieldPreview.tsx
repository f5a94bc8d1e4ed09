import type { Field } from '@modulo/form-model';
import { compile } from '@modulo/form-model';
import type { ErrorSchema } from '@rjsf/utils';
import { useMemo, useState } from 'react';
import type { ModuloApi } from '../api/ModuloApi';
import { StepForm } from '../flow/StepForm';
import { visibleFields } from '../model/modelAdapter';
import { moduleOf } from './moduleOf';

export interface FieldPreviewProps {
  field: Field;
  value?: unknown;
  /** Shown as the field's error, as after a failed "Avanti". */
  error?: string;
  disabled?: boolean;
  /** Read-only as a value prefilled from SPID. */
  readonly?: boolean;
  lang?: string;
  api?: ModuloApi;
  onChange?(value: unknown): void;
}

/** One field of the theme, alone, in a given state (empty, filled, error, disabled, read-only). */
export function FieldPreview(props: FieldPreviewProps) {
  const module = useMemo(() => moduleOf([props.field]), [props.field]);
  const compiled = useMemo(() => compile(module, { lang: props.lang }), [module, props.lang]);
  const [answers, setAnswers] = useState<Record<string, unknown>>(
    props.value === undefined ? {} : { [props.field.id]: props.value },
  );
  const visible = useMemo(() => visibleFields(module, answers), [module, answers]);
  return (
    <div className="modulo-form" lang={props.lang ?? 'it'}>
      <fieldset disabled={props.disabled} style={{ border: 0, padding: 0, margin: 0 }}>
        <StepForm
          module={module}
          compiled={compiled}
          step={module.steps[0]!}
          answers={answers}
          visible={visible}
          readonlyIds={props.readonly ? new Set([props.field.id]) : new Set()}
          extraErrors={
            props.error ? ({ [props.field.id]: { __errors: [props.error] } } as ErrorSchema) : undefined
          }
          context={{ lang: props.lang ?? 'it', api: props.api, ente: 'c_x000' }}
          idPrefix="anteprima"
          onChange={(own) => {
            setAnswers(own);
            props.onChange?.(own[props.field.id]);
          }}
          onSubmit={() => undefined}
        />
      </fieldset>
    </div>
  );
}
