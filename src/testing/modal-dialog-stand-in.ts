/**
 * jsdom has no modal dialogs: a minimal stand-in for showModal/close with the same open/close
 * contract (the `open` attribute, a `close` event). Call it in beforeAll of a dialog test.
 */
export function installModalDialogStandIn(): void {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
