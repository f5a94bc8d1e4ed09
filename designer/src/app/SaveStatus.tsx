import { useLang, useT } from '../i18n/useT';
import { useDesigner } from '../state/useDesigner';

/** Where the draft stands (saved, pending, saving, failed), announced politely. */
export function SaveStatusLine() {
  const t = useT();
  const lang = useLang();
  const save = useDesigner((s) => s.save);
  const text =
    save.status === 'error'
      ? `${t('save.error')}: ${lang === 'en' ? save.messageEn : save.message}`
      : t(`save.${save.status}`);
  return (
    <p role="status" className={`modulo-save modulo-save-${save.status}`} data-save={save.status}>
      {text}
    </p>
  );
}
