import { useMemo, useState } from 'react';
import type { Module } from '@modulo/form-model';
import { compile, serialize } from '@modulo/form-model';
import { Dialog } from '../app/Dialog';
import { useLang, useT } from '../i18n/useT';

/** Read-only JSON of the module (as saved) and of its compiled JSON Schema. */
export function JsonDialog({ module, open, onClose }: { module: Module; open: boolean; onClose(): void }) {
  const t = useT();
  const lang = useLang();
  const [tab, setTab] = useState<'module' | 'schema'>('module');
  const text = useMemo(
    () =>
      !open
        ? ''
        : tab === 'module'
          ? serialize(module)
          : JSON.stringify(compile(module, { lang }).schema, null, 2),
    [open, tab, module, lang],
  );
  return (
    <Dialog title={t('json.title')} open={open} onClose={onClose} closeLabel={t('json.close')}>
      <div role="group" aria-label={t('json.title')} className="modulo-toolbar">
        <button type="button" aria-pressed={tab === 'module'} onClick={() => setTab('module')}>
          {t('json.module')}
        </button>
        <button type="button" aria-pressed={tab === 'schema'} onClick={() => setTab('schema')}>
          {t('json.schema')}
        </button>
      </div>
      <pre
        className="modulo-json"
        tabIndex={0}
        aria-label={tab === 'module' ? t('json.module') : t('json.schema')}
      >
        {text}
      </pre>
    </Dialog>
  );
}
