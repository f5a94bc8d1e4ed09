import { useEffect, useId, useState } from 'react';
import type { ApiResult } from '../api/DesignerApi';
import { Dialog } from '../app/Dialog';
import type { ActionType, PraticaAction, PraticaDetail } from './BackofficeApi';
import { useBt } from './backofficeMessages';

export interface ActionDialogProps {
  /** The action to take; undefined: closed. */
  type: ActionType | undefined;
  pratica: PraticaDetail;
  /** Offices a pratica may be reassigned to. */
  offices: { id: string; name: string }[];
  onClose(): void;
  onSubmit(action: PraticaAction): Promise<ApiResult<PraticaDetail>>;
}

/**
 * The dialog of one action: what it needs (a message, reasons, an outcome, an office), then the
 * server's answer; a refusal (409 `{ code, message }`) is shown in the dialog, in Italian.
 */
export function ActionDialog({ type, pratica, offices, onClose, onSubmit }: ActionDialogProps) {
  const t = useBt();
  const id = useId();
  const [text, setText] = useState('');
  const [extra, setExtra] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setText('');
    setExtra(type === 'conclude' ? 'positive' : type === 'reassign' ? (offices[0]?.id ?? '') : '');
    setError(undefined);
  }, [type, pratica.code]);
  if (!type) return null;

  const action = (): PraticaAction => {
    switch (type) {
      case 'take_in_charge':
        return { type };
      case 'request_integration':
        return { type, message: text, ...(extra ? { dueBy: extra } : {}) };
      case 'preavviso':
        return { type, reasons: text };
      case 'conclude':
        return { type, outcome: extra === 'negative' ? 'negative' : 'positive', reason: text };
      case 'reassign':
        return { type, officeId: extra, ...(text ? { reason: text } : {}) };
    }
  };
  const submit = async () => {
    setBusy(true);
    const r = await onSubmit(action());
    setBusy(false);
    if (r.ok) onClose();
    else setError(r.error.message);
  };
  const textarea = (label: string, hint?: string) => (
    <div className="modulo-input">
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        rows={4}
        value={text}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {hint && (
        <small id={`${id}-hint`} className="modulo-hint">
          {hint}
        </small>
      )}
    </div>
  );

  return (
    <Dialog
      title={`${t(`action.${type}`)} — ${pratica.code}`}
      open
      onClose={onClose}
      closeLabel={t('dialog.cancel')}
    >
      <form
        data-action-form={type}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {type === 'take_in_charge' && <p>{t('dialog.takeHint')}</p>}
        {type === 'request_integration' && (
          <>
            {textarea(t('dialog.message'), t('dialog.integrationHint'))}
            <div className="modulo-input">
              <label htmlFor={`${id}-due`}>{t('dialog.dueBy')}</label>
              <input id={`${id}-due`} type="date" value={extra} onChange={(e) => setExtra(e.target.value)} />
            </div>
          </>
        )}
        {type === 'preavviso' && textarea(t('dialog.reasons'), t('dialog.preavvisoHint'))}
        {type === 'conclude' && (
          <>
            <fieldset>
              <legend>{t('dialog.outcome')}</legend>
              {(['positive', 'negative'] as const).map((o) => (
                <label key={o} className="modulo-check">
                  <input
                    type="radio"
                    name={`${id}-outcome`}
                    value={o}
                    checked={extra === o}
                    onChange={() => setExtra(o)}
                  />{' '}
                  {t(o === 'positive' ? 'dialog.positive' : 'dialog.negative')}
                </label>
              ))}
            </fieldset>
            {textarea(t('dialog.reason'))}
          </>
        )}
        {type === 'reassign' && (
          <>
            <div className="modulo-input">
              <label htmlFor={`${id}-office`}>{t('dialog.office')}</label>
              <select id={`${id}-office`} value={extra} onChange={(e) => setExtra(e.target.value)}>
                {offices.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
            {textarea(t('dialog.reassignReason'))}
          </>
        )}
        {error && (
          <p role="alert" className="modulo-error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('dialog.confirm')}
        </button>
      </form>
    </Dialog>
  );
}
