import { useEffect, useId, useState } from 'react';
import type { ChoiceOption, Condition, ModelError, Module, Result } from '@modulo/form-model';
import { findField } from '@modulo/form-model';
import type { MessageKey } from '../i18n/messages';
import { pick, useLang, useT } from '../i18n/useT';
import type { ConditionDraft, DraftOp, DraftRow } from './conditionDraft';
import { answerFields, fromDraft, opsFor, toDraft } from './conditionDraft';

export interface ConditionEditorProps {
  /** "Mostra il campo solo se", "Obbligatorio solo se", "Instrada se"... */
  title: string;
  module: Module;
  condition: Condition | undefined;
  /** The field the rule belongs to (left out of the choices). */
  ownerId?: string;
  /** Commits the rule through a model operation; a refusal is shown here with the model's reason. */
  onApply(condition: Condition | undefined): Result<unknown, ModelError>;
}

/**
 * The rule editor, never code: lines of "field · comparison · value" joined by all/any. The
 * model decides whether the rule is allowed (an earlier field, same level, no cycle) and its
 * refusal is shown beside the rule.
 */
export function ConditionEditor({ title, module, condition, ownerId, onApply }: ConditionEditorProps) {
  const t = useT();
  const lang = useLang();
  const initial = toDraft(condition);
  const [draft, setDraft] = useState<ConditionDraft>(initial ?? { mode: 'all', rows: [] });
  const [error, setError] = useState<ModelError | undefined>();
  const groupId = useId();
  useEffect(() => {
    setDraft(toDraft(condition) ?? { mode: 'all', rows: [] });
    setError(undefined);
  }, [condition]);
  const fields = answerFields(module).filter((f) => f.id !== ownerId);
  const setRow = (i: number, patch: Partial<DraftRow>) =>
    setDraft({ ...draft, rows: draft.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const apply = (c: Condition | undefined) => {
    const r = onApply(c);
    setError(r.ok ? undefined : r.error);
  };

  return (
    <fieldset className="modulo-rule" aria-describedby={error ? `${groupId}-error` : undefined}>
      <legend>{title}</legend>
      {!initial && (
        <pre className="modulo-json" aria-label={title}>
          {JSON.stringify(condition, null, 2)}
        </pre>
      )}
      {draft.rows.length === 0 && initial && <p>{t('rules.always')}</p>}
      {draft.rows.length > 1 && (
        <div className="modulo-input">
          <label htmlFor={`${groupId}-mode`}>{t('rules.op')}</label>
          <select
            id={`${groupId}-mode`}
            value={draft.mode}
            onChange={(e) => setDraft({ ...draft, mode: e.target.value as 'all' | 'any' })}
          >
            <option value="all">{t('rules.all')}</option>
            <option value="any">{t('rules.any')}</option>
          </select>
        </div>
      )}
      <ol>
        {draft.rows.map((row, i) => {
          const field = findField(module, row.field)?.field;
          const ops = opsFor(field);
          const options = field?.props?.options as ChoiceOption[] | undefined;
          const rowId = `${groupId}-${i}`;
          return (
            <li key={i} className="modulo-rule-row">
              <label htmlFor={`${rowId}-field`}>
                {t('rules.field')} {i + 1}
              </label>
              <select
                id={`${rowId}-field`}
                value={row.field}
                onChange={(e) => {
                  const f = findField(module, e.target.value)?.field;
                  setRow(i, {
                    field: e.target.value,
                    op: opsFor(f)[0]!,
                    value: defaultValue(f?.kind, f?.props?.options),
                  });
                }}
              >
                {fields.map((f) => (
                  <option key={f.id} value={f.id}>
                    {pick(f.label, lang)} ({f.id})
                  </option>
                ))}
              </select>
              <label htmlFor={`${rowId}-op`}>{t('rules.op')}</label>
              <select
                id={`${rowId}-op`}
                value={row.op}
                onChange={(e) => setRow(i, { op: e.target.value as DraftOp })}
              >
                {ops.map((op) => (
                  <option key={op} value={op}>
                    {t(`op.${op}` as MessageKey)}
                  </option>
                ))}
              </select>
              {row.op !== 'answered' && (
                <>
                  <label htmlFor={`${rowId}-value`}>{t('rules.value')}</label>
                  {field?.kind === 'yes-no' || field?.kind === 'privacy-consent' ? (
                    <select
                      id={`${rowId}-value`}
                      value={row.value}
                      onChange={(e) => setRow(i, { value: e.target.value })}
                    >
                      <option value="true">{t('value.yes')}</option>
                      <option value="false">{t('value.no')}</option>
                    </select>
                  ) : options ? (
                    <select
                      id={`${rowId}-value`}
                      value={row.value}
                      onChange={(e) => setRow(i, { value: e.target.value })}
                    >
                      {options.map((o) => (
                        <option key={o.value} value={o.value}>
                          {pick(o.label, lang)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <input
                      id={`${rowId}-value`}
                      value={row.value}
                      onChange={(e) => setRow(i, { value: e.target.value })}
                    />
                  )}
                </>
              )}
              <button
                type="button"
                onClick={() => setDraft({ ...draft, rows: draft.rows.filter((_, j) => j !== i) })}
              >
                {t('rules.remove')} {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        disabled={fields.length === 0}
        onClick={() => {
          const f = fields[0]!;
          setDraft({
            ...draft,
            rows: [
              ...draft.rows,
              { field: f.id, op: opsFor(f)[0]!, value: defaultValue(f.kind, f.props?.options) },
            ],
          });
        }}
      >
        {t('rules.add')}
      </button>
      <button type="button" onClick={() => apply(fromDraft(draft, module))}>
        {t('rules.save')}
      </button>
      {condition && (
        <button type="button" onClick={() => apply(undefined)}>
          {t('rules.clear')}
        </button>
      )}
      {error && (
        <p id={`${groupId}-error`} role="alert" className="modulo-error">
          {error.message}
        </p>
      )}
    </fieldset>
  );
}

function defaultValue(kind: string | undefined, options: unknown): string {
  if (kind === 'yes-no' || kind === 'privacy-consent') return 'true';
  const first = (options as ChoiceOption[] | undefined)?.[0];
  return first?.value ?? '';
}
