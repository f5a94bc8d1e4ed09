import { useEffect, useId, useState } from 'react';
import type { ApiResult } from '../api/DesignerApi';
import { Dialog } from '../app/Dialog';
import type { ActionType, PraticaAction, PraticaDetail, UploadAnswer } from './BackofficeApi';
import { useBt } from './backofficeMessages';

export interface ActionDialogProps {
  /** The action to take; undefined: closed. */
  type: ActionType | undefined;
  pratica: PraticaDetail;
  /** Offices a pratica may be reassigned to. */
  offices: { id: string; name: string }[];
  /** Operators of the directory a pratica may be reassigned to (absent: offices only). */
  operators?: { id: string; name: string }[];
  onClose(): void;
  onSubmit(action: PraticaAction): Promise<ApiResult<PraticaDetail>>;
  /** Uploads the final document of `conclude` (`POST /api/backoffice/uploads`). */
  onUpload(file: File): Promise<ApiResult<UploadAnswer>>;
}

/**
 * The dialog of one action: what the server's `BackofficeAction` needs (a message with the
 * documents asked and a due date, reasons, an outcome with motivation and the final document,
 * an office and a reason), then the server's answer; a refusal is shown in the dialog, in Italian.
 */
export function ActionDialog({
  type,
  pratica,
  offices,
  operators = [],
  onClose,
  onSubmit,
  onUpload,
}: ActionDialogProps) {
  const t = useBt();
  const id = useId();
  const [text, setText] = useState('');
  const [extra, setExtra] = useState('');
  const [documents, setDocuments] = useState('');
  const [file, setFile] = useState<File | undefined>();
  const [operator, setOperator] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setText('');
    setDocuments('');
    setFile(undefined);
    setOperator('');
    setExtra(type === 'conclude' ? 'positive' : type === 'reassign' ? (offices[0]?.id ?? '') : '');
    setError(undefined);
  }, [type, pratica.code]);
  if (!type) return null;

  const action = async (): Promise<ApiResult<PraticaAction>> => {
    switch (type) {
      case 'take_in_charge':
        return { ok: true, value: { type } };
      case 'request_integration':
        return {
          ok: true,
          value: {
            type,
            message: text,
            documents: documents
              .split('\n')
              .map((d) => d.trim())
              .filter(Boolean),
            dueBy: extra,
          },
        };
      case 'preavviso':
        return { ok: true, value: { type, reasons: text } };
      case 'conclude': {
        if (!file)
          return {
            ok: false,
            error: {
              code: 'invalid_request',
              message: t('dialog.documentMissing'),
              messageEn: 'No document.',
            },
          };
        const up = await onUpload(file);
        if (!up.ok) return up;
        const outcome = extra === 'negative' ? 'negative' : 'positive';
        return { ok: true, value: { type, outcome, motivation: text, documentUploadId: up.value.id } };
      }
      case 'reassign':
        return {
          ok: true,
          value: {
            type,
            ...(extra ? { officeId: extra } : {}),
            ...(operator ? { operatorId: operator } : {}),
            reason: text,
          },
        };
    }
  };
  const submit = async () => {
    setBusy(true);
    const a = await action();
    const r = a.ok ? await onSubmit(a.value) : a;
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
              <label htmlFor={`${id}-docs`}>{t('dialog.documents')}</label>
              <textarea
                id={`${id}-docs`}
                rows={3}
                value={documents}
                aria-describedby={`${id}-docs-hint`}
                onChange={(e) => setDocuments(e.target.value)}
              />
              <small id={`${id}-docs-hint`} className="modulo-hint">
                {t('dialog.documentsHint')}
              </small>
            </div>
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
            <div className="modulo-input">
              <label htmlFor={`${id}-file`}>{t('dialog.document')}</label>
              <input
                id={`${id}-file`}
                type="file"
                accept="application/pdf,image/png,image/jpeg"
                onChange={(e) => setFile(e.target.files?.[0])}
              />
            </div>
          </>
        )}
        {type === 'reassign' && (
          <>
            <div className="modulo-input">
              <label htmlFor={`${id}-office`}>{t('dialog.office')}</label>
              <select id={`${id}-office`} value={extra} onChange={(e) => setExtra(e.target.value)}>
                <option value="">{t('dialog.sameOffice')}</option>
                {offices.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
            {operators.length > 0 && (
              <div className="modulo-input">
                <label htmlFor={`${id}-operator`}>{t('dialog.operator')}</label>
                <select id={`${id}-operator`} value={operator} onChange={(e) => setOperator(e.target.value)}>
                  <option value="">{t('dialog.anyOperator')}</option>
                  {operators.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
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
