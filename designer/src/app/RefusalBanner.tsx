import { useT } from '../i18n/useT';
import { useDesigner, useDesignerHandle } from '../state/useDesigner';

/** Why the last edit was refused, in the model's words, until dismissed or the next edit. */
export function RefusalBanner() {
  const t = useT();
  const { store } = useDesignerHandle();
  const refusal = useDesigner((s) => s.refusal);
  return (
    <div role="status" className="modulo-refusal-region">
      {refusal && (
        <div className="modulo-refusal">
          <strong>{t('refusal.title')}:</strong> {refusal.message} <code>{refusal.code}</code>{' '}
          <button type="button" onClick={() => store.dismissRefusal()}>
            {t('refusal.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
