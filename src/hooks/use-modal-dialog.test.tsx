// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { installModalDialogStandIn } from '../testing/modal-dialog-stand-in';
import { useModalDialog } from './use-modal-dialog';

beforeAll(installModalDialogStandIn);

function Modal() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useModalDialog(dialogRef);
  return (
    <dialog ref={dialogRef} aria-label="Example">
      text
    </dialog>
  );
}

const root = document.documentElement;

describe('useModalDialog', () => {
  it('opens the dialog and marks the root while it is open', () => {
    render(<Modal />);
    const dialog = screen.getByRole<HTMLDialogElement>('dialog', { name: 'Example' });
    expect(dialog.open).toBe(true);
    expect(root).toHaveAttribute('data-modal-open');
    act(() => dialog.close());
    expect(root).not.toHaveAttribute('data-modal-open');
  });

  it('unmarks the root when the dialog goes away open', () => {
    const { unmount } = render(<Modal />);
    expect(root).toHaveAttribute('data-modal-open');
    unmount();
    expect(root).not.toHaveAttribute('data-modal-open');
  });
});
