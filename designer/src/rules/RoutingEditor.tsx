import type { ModelError, Module, Result, RoutingRule } from '@modulo/form-model';
import type { Directory } from '../api/DesignerApi';
import { useT } from '../i18n/useT';
import { officeFromDirectory, officialFromDirectory } from '../inspector/directoryData';
import { SelectInput, TextInput } from '../inspector/TextInput';
import { answerFields } from './conditionDraft';
import { ConditionEditor } from './ConditionEditor';

export interface RoutingEditorProps {
  module: Module;
  directory?: Directory;
  /** Sets the whole list through `setProcedure({ routing })`; the model checks every reference. */
  onChange(routing: RoutingRule[] | undefined): Result<unknown, ModelError>;
}

/**
 * Who gets a submission: ordered rules "when … → office and responsible" (first match wins; no
 * match: the procedure's own office). Offices and people come from the ente's directory.
 */
export function RoutingEditor({ module, directory, onChange }: RoutingEditorProps) {
  const t = useT();
  const rules = module.procedure.routing ?? [];
  const set = (i: number, patch: Partial<RoutingRule>) =>
    onChange(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const first = answerFields(module)[0];
  return (
    <fieldset>
      <legend>{t('routing.title')}</legend>
      <p className="modulo-hint">{t('routing.hint')}</p>
      <ol>
        {rules.map((rule, i) => (
          <li key={rule.id}>
            <TextInput
              label={`${t('routing.label')} ${i + 1}`}
              value={rule.label?.it ?? ''}
              onChange={(v) => set(i, { label: v.trim() === '' ? undefined : { it: v } })}
            />
            {directory && (
              <>
                <SelectInput
                  label={`${t('procedure.office')} ${i + 1}`}
                  value={rule.office.id}
                  options={[
                    ...(directory.offices.some((o) => o.id === rule.office.id)
                      ? []
                      : [{ value: rule.office.id, label: rule.office.name.it }]),
                    ...directory.offices.map((o) => ({ value: o.id, label: o.name })),
                  ]}
                  onChange={(id) => {
                    const o = directory.offices.find((x) => x.id === id);
                    if (!o) return;
                    // Publishing refuses a responsible who does not work for the office.
                    const current = directory.people.find((p) => p.id === rule.responsible.id);
                    const staff = directory.people.find((p) => p.officeId === id);
                    set(i, {
                      office: officeFromDirectory(o),
                      ...(current?.officeId !== id && staff
                        ? { responsible: officialFromDirectory(staff) }
                        : {}),
                    });
                  }}
                />
                <SelectInput
                  label={`${t('procedure.responsible')} ${i + 1}`}
                  value={rule.responsible.id}
                  options={[
                    ...(directory.people.some((p) => p.id === rule.responsible.id)
                      ? []
                      : [{ value: rule.responsible.id, label: rule.responsible.name }]),
                    ...directory.people.map((p) => ({ value: p.id, label: `${p.name} — ${p.role}` })),
                  ]}
                  onChange={(id) => {
                    const p = directory.people.find((x) => x.id === id);
                    if (p) set(i, { responsible: officialFromDirectory(p) });
                  }}
                />
              </>
            )}
            <ConditionEditor
              title={`${t('rules.routing')} (${i + 1})`}
              module={module}
              condition={rule.when}
              onApply={(when) => (when ? set(i, { when }) : onChange(rules.filter((_, j) => j !== i)))}
            />
            <button
              type="button"
              onClick={() => onChange(rules.length > 1 ? rules.filter((_, j) => j !== i) : undefined)}
            >
              {t('routing.remove')} {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        disabled={!first}
        onClick={() => {
          const taken = new Set(rules.map((r) => r.id));
          let n = rules.length + 1;
          while (taken.has(`regola${n}`)) n++;
          onChange([
            ...rules,
            {
              id: `regola${n}`,
              when: { field: first!.id, op: 'answered' },
              office: module.procedure.office,
              responsible: module.procedure.responsible,
            },
          ]);
        }}
      >
        {t('routing.add')}
      </button>
    </fieldset>
  );
}
