import type { AttachmentRequirement } from '@modulo/form-model';
import { toCamelId } from '@modulo/form-model';
import { useT } from '../i18n/useT';
import { CheckInput, TextInput } from './TextInput';

/** The documents the procedure requires (art. 35 c. 1 d); each must be asked by an attachment field. */
export function AttachmentsEditor({
  attachments,
  onChange,
}: {
  attachments: AttachmentRequirement[];
  onChange(next: AttachmentRequirement[]): void;
}) {
  const t = useT();
  const set = (i: number, patch: Partial<AttachmentRequirement>) =>
    onChange(attachments.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <fieldset>
      <legend>{t('procedure.attachments')}</legend>
      <ol>
        {attachments.map((a, i) => (
          <li key={i}>
            <TextInput
              label={`${t('inspector.id')} ${i + 1}`}
              value={a.id}
              onChange={(v) => set(i, { id: v })}
            />
            <TextInput
              label={`${t('inspector.label')} ${i + 1}`}
              value={a.label.it}
              onChange={(v) => set(i, { label: { ...a.label, it: v } })}
            />
            <CheckInput
              label={`${t('inspector.required')} ${i + 1}`}
              checked={a.required}
              onChange={(v) => set(i, { required: v })}
            />
            <button type="button" onClick={() => onChange(attachments.filter((_, j) => j !== i))}>
              {t('canvas.remove')} <span className="modulo-sr">{a.label.it}</span>
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => {
          const n = attachments.length + 1;
          const taken = new Set(attachments.map((a) => a.id));
          let id = toCamelId(`allegato ${n}`, 'allegato');
          while (taken.has(id)) id += 'x';
          onChange([...attachments, { id, label: { it: `Allegato ${n}` }, required: true }]);
        }}
      >
        {t('procedure.addAttachment')}
      </button>
    </fieldset>
  );
}
