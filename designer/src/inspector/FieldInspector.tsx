import type { Field, Module, PrefillSource } from '@modulo/form-model';
import { getFieldKind } from '@modulo/form-model';
import { pick, useLang, useT } from '../i18n/useT';
import { ConditionEditor } from '../rules/ConditionEditor';
import { RuleReadersList } from '../rules/RuleReadersList';
import type { DesignerCommands } from '../state/designerCommands';
import { propEntries } from './propControl';
import { PropEditor } from './PropEditor';
import { CheckInput, SelectInput, TextInput } from './TextInput';

const PREFILL: PrefillSource[] = [
  'fiscalNumber',
  'givenName',
  'familyName',
  'fullName',
  'birthdate',
  'email',
  'phoneNumber',
  'address',
  'pec',
  'companyName',
  'vatNumber',
];

export interface FieldInspectorProps {
  module: Module;
  field: Field;
  commands: DesignerCommands;
}

/**
 * The inspector of one field: the common properties, the visibility and required-when rules, and the kind's own
 * props read from its `propsSchema` (so a new kind needs no inspector code).
 */
export function FieldInspector({ module, field, commands }: FieldInspectorProps) {
  const t = useT();
  const lang = useLang();
  const kind = getFieldKind(field.kind);
  const set = commands.setFieldProperty;
  return (
    <section aria-labelledby="inspector-field" className="modulo-inspector">
      <h2 id="inspector-field">
        {pick(field.label, lang)} <span className="modulo-kind">· {pick(kind?.label, lang)}</span>
      </h2>
      <TextInput
        label={t('inspector.label')}
        name="label"
        value={field.label.it}
        onChange={(v) => commands.setLabel(field.id, { ...field.label, it: v })}
      />
      <TextInput
        label={t('inspector.labelEn')}
        value={field.label.en ?? ''}
        onChange={(v) => {
          const { en: _en, ...rest } = field.label;
          commands.setLabel(field.id, v === '' ? (rest as typeof field.label) : { ...field.label, en: v });
        }}
      />
      <TextInput
        label={t('inspector.help')}
        multiline
        value={field.help?.it ?? ''}
        onChange={(v) => set({ id: field.id, property: 'help', value: { ...field.help, it: v } }, true)}
      />
      <TextInput
        label={t('inspector.id')}
        value={field.id}
        onChange={(v) => set({ id: field.id, property: 'id', value: v })}
      />
      {kind?.hasValue !== false && (
        <>
          <CheckInput
            label={t('inspector.required')}
            checked={field.required === true}
            onChange={(v) => set({ id: field.id, property: 'required', value: v })}
          />
          <SelectInput
            label={t('inspector.prefill')}
            value={field.prefill ?? ''}
            options={[
              { value: '', label: t('inspector.noPrefill') },
              ...PREFILL.map((p) => ({ value: p, label: p })),
            ]}
            onChange={(v) =>
              set({ id: field.id, property: 'prefill', value: v === '' ? undefined : (v as PrefillSource) })
            }
          />
          {field.prefill && (
            <CheckInput
              label={t('inspector.readOnly')}
              checked={field.readOnlyWhenPrefilled === true}
              onChange={(v) => set({ id: field.id, property: 'readOnlyWhenPrefilled', value: v })}
            />
          )}
        </>
      )}
      <ConditionEditor
        title={t('rules.visibility')}
        module={module}
        condition={field.condition}
        ownerId={field.id}
        onApply={(c) => commands.setCondition({ fieldId: field.id }, c)}
      />
      {kind?.hasValue !== false && !kind?.container && (
        <ConditionEditor
          title={t('rules.requiredWhen')}
          module={module}
          condition={field.requiredWhen}
          ownerId={field.id}
          onApply={(c) => commands.setRequiredWhen(field.id, c)}
        />
      )}
      <RuleReadersList module={module} fieldId={field.id} />
      {kind && (
        <fieldset className="modulo-props">
          <legend>{t('inspector.kindProps')}</legend>
          {propEntries(kind.propsSchema).map((p) => (
            <PropEditor
              key={`${field.id}:${p.name}`}
              field={field}
              name={p.name}
              schema={p.schema}
              description={p.description}
              fallback={kind.defaults.props[p.name]}
              commands={commands}
            />
          ))}
        </fieldset>
      )}
    </section>
  );
}
