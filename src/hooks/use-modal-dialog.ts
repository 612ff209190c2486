import { useEffect, type RefObject } from 'react';

/** Set on the root element while a modal dialog is open; styles.css keeps the page still then. */
const MODAL_OPEN = 'data-modal-open';

/**
 * Opens the dialog modally once it is mounted and, while it is open, marks the root element so
 * that the page behind it stays put. An attribute rather than `html:has(dialog:modal)`: with
 * that selector the browser searched the whole page for an open dialog after every change to
 * it, every keystroke included.
 */
export function useModalDialog(dialogRef: RefObject<HTMLDialogElement | null>) {
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const root = dialog.ownerDocument.documentElement;
    root.setAttribute(MODAL_OPEN, '');
    const release = () => root.removeAttribute(MODAL_OPEN);
    dialog.addEventListener('close', release);
    return () => {
      dialog.removeEventListener('close', release);
      release();
    };
  }, [dialogRef]);
}
