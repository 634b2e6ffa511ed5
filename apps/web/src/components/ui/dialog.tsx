'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

type Props = { open: boolean; title: string; onClose: () => void; children: ReactNode; wide?: boolean; describedBy?: string };

/**
 * A modal on the native `<dialog>`: the browser traps focus, Escape closes it, and focus returns to the
 * control that opened it.
 */
export function Dialog({ open, title, onClose, children, wide, describedBy }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={`ui-dialog${wide ? ' ui-dialog--wide' : ''}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <div className="ui-dialog__head">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="ui-dialog__close" aria-label="Close" onClick={onClose}>
              ×
            </button>
          </div>
          {children}
        </>
      )}
    </dialog>
  );
}
