import { useId, useState } from 'react';
import type { Module } from '@modulo/form-model';
import { walkFields } from '@modulo/form-model';
import { Dialog } from '../app/Dialog';
import { useLang, useT } from '../i18n/useT';
import type { ImportFormat, ImportOutcome } from './importDocument';
import { importDocument } from './importDocument';

export interface ImportDialogProps {
  open: boolean;
  onClose(): void;
  onImport(module: Module): void;
}

/** Import a module file, a plain JSON Schema or a Form.io form, showing what did not map. */
export function ImportDialog({ open, onClose, onImport }: ImportDialogProps) {
  const t = useT();
  const lang = useLang();
  const [format, setFormat] = useState<ImportFormat>('module');
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<ImportOutcome | undefined>();
  const ids = { format: useId(), text: useId(), file: useId() };
  return (
    <Dialog title={t('import.title')} open={open} onClose={onClose} closeLabel={t('import.cancel')}>
      <label htmlFor={ids.format}>{t('import.kind')}</label>
      <select id={ids.format} value={format} onChange={(e) => setFormat(e.target.value as ImportFormat)}>
        <option value="module">{t('import.module')}</option>
        <option value="jsonSchema">{t('import.jsonSchema')}</option>
        <option value="formio">{t('import.formio')}</option>
      </select>
      <label htmlFor={ids.text}>{t('import.text')}</label>
      <textarea id={ids.text} rows={8} value={text} onChange={(e) => setText(e.target.value)} />
      <label htmlFor={ids.file}>{t('import.file')}</label>
      <input
        id={ids.file}
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void file.text().then(setText);
        }}
      />
      <button
        type="button"
        disabled={text.trim() === ''}
        onClick={() => setOutcome(importDocument(format, text))}
      >
        {t('import.run')}
      </button>
      {outcome && (
        <div role="status">
          {outcome.ok ? (
            <>
              <p>{t('import.ok', { fields: walkFields(outcome.module).length })}</p>
              {outcome.blocking.length > 0 && (
                <>
                  <h3>{t('import.blocking')}</h3>
                  <ul>
                    {outcome.blocking.map((b, i) => (
                      <li key={i}>
                        {b.message} {b.path && <code>{b.path}</code>}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {outcome.unmapped.length > 0 && (
                <>
                  <h3>{t('import.unmapped')}</h3>
                  <ul>
                    {outcome.unmapped.map((u, i) => (
                      <li key={i}>
                        <code>{u.path}</code>: {u.reason}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <button type="button" onClick={() => onImport(outcome.module)}>
                {t('import.open')}
              </button>
            </>
          ) : (
            <p className="modulo-error">
              {lang === 'en' ? outcome.messageEn : outcome.message}
              {outcome.details && (
                <ul>
                  {outcome.details.map((d, i) => (
                    <li key={i}>
                      <code>{d.path}</code> {d.message}
                    </li>
                  ))}
                </ul>
              )}
            </p>
          )}
        </div>
      )}
    </Dialog>
  );
}
