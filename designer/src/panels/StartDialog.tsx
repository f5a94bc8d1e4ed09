import { useId, useState } from 'react';
import type { Module } from '@modulo/form-model';
import { localize } from '@modulo/form-model';
import { Dialog } from '../app/Dialog';
import { useT } from '../i18n/useT';
import { blankModule } from '../state/blankModule';

export interface StartDialogProps {
  open: boolean;
  templates: Module[];
  onClose(): void;
  /** Opens the new module (a copy of the template under the new id, or a blank one). */
  onStart(module: Module): void;
}

const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Start a module from a form-library template or blank, under a new kebab-case id. */
export function StartDialog({ open, templates, onClose, onStart }: StartDialogProps) {
  const t = useT();
  const [id, setId] = useState('nuovo-modulo');
  const inputId = useId();
  const valid = ID_PATTERN.test(id);
  return (
    <Dialog title={t('start.title')} open={open} onClose={onClose} closeLabel={t('start.cancel')}>
      <label htmlFor={inputId}>{t('start.id')}</label>
      <input id={inputId} value={id} aria-invalid={!valid} onChange={(e) => setId(e.target.value)} />
      <button type="button" disabled={!valid} onClick={() => onStart(blankModule(id))}>
        {t('start.blank')}
      </button>
      <h3>{t('start.template')}</h3>
      <ul className="modulo-templates">
        {templates.map((m) => (
          <li key={m.id}>
            <button
              type="button"
              disabled={!valid}
              data-template={m.id}
              onClick={() => onStart({ ...structuredClone(m), id, version: '1.0.0' })}
            >
              {t('start.use')}: {localize(m.title)}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
