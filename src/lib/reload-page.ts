/** Loads the page again from its current address (a module of its own so tests can replace it). */
export function reloadPage(): void {
  window.location.reload();
}
