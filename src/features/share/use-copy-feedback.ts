import { useEffect, useRef, useState } from 'react';

export type CopyFeedback = (
  | {
      outcome: 'done';
      message: string;
      /** False when what was done carries errors or unapplied edits: said as a warning. */
      isClean: boolean;
      snippet?: { label: string; text: string; notes: readonly string[] };
    }
  | { outcome: 'failed'; message: string; label: string; text?: string }
) & {
  /** The preview text the action worked on: once the configuration changes, it is stale. */
  forJson: string;
};

/** How long "Copied" stays visible. */
export const CONFIRMATION_MS = 2000;

/**
 * The result of the last export action. A success message fades after CONFIRMATION_MS (a copied
 * snippet stays available to read); a failure stays until the next action or until the
 * configuration changes.
 */
export function useCopyFeedback() {
  const [feedback, setFeedback] = useState<CopyFeedback | undefined>(undefined);
  const [isMessageVisible, setIsMessageVisible] = useState(false);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(hideTimer.current), []);

  const report = (next: CopyFeedback) => {
    clearTimeout(hideTimer.current);
    setFeedback(next);
    setIsMessageVisible(true);
    // A confirmation that names errors stays, like a failure, until the next change.
    if (next.outcome === 'done' && next.isClean) {
      hideTimer.current = setTimeout(() => setIsMessageVisible(false), CONFIRMATION_MS);
    }
  };
  return { feedback, isMessageVisible, report };
}
