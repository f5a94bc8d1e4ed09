import type { ReactNode } from 'react';
import { useEffect, useId, useRef } from 'react';

export interface DialogProps {
  title: string;
  open: boolean;
  onClose(): void;
  children: ReactNode;
  closeLabel: string;
}

/** A modal `<dialog>` (focus trapped and restored by the browser; Esc closes). */
export function Dialog({ title, open, onClose, children, closeLabel }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} className="modulo-dialog">
      {open && (
        <>
          <div className="modulo-dialog-head">
            <h2 id={titleId}>{title}</h2>
            <button type="button" onClick={onClose}>
              {closeLabel}
            </button>
          </div>
          {children}
        </>
      )}
    </dialog>
  );
}
