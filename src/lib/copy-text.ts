import { onDemand } from './on-demand';

// Needed only when the Clipboard API is missing or refuses, so it stays off the first screen.
const execCommandCopy = onDemand(() =>
  import('copy-to-clipboard').then((module) => module.default),
);

/**
 * Puts text on the clipboard: the async Clipboard API first, then copy-to-clipboard (which
 * falls back to execCommand) when the API is missing (plain http, old browsers) or refuses
 * (permission denied, document not focused). Resolves to whether either way succeeded.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: try the older route below.
  }
  try {
    const copy = execCommandCopy.loaded() ?? (await execCommandCopy.load());
    return await copy(text);
  } catch {
    return false;
  }
}
