import { useCallback, type ComponentType } from 'react';
import { useAnalysisSelector } from '../../state/analysis/analysis-context';
import type { CopyFeedback } from './use-copy-feedback';

type Props = {
  feedback: CopyFeedback | undefined;
  isMessageVisible: boolean;
  /** What the feedback leaves to read below the message; it comes with the code that made it. */
  details?: ComponentType<{ feedback: CopyFeedback }>;
};

/** The confirmation or failure of an export action, and the text itself when it could not be copied. */
export function CopyFeedbackView({
  feedback: lastFeedback,
  isMessageVisible,
  details: Details,
}: Props) {
  // Feedback about an older configuration is no longer shown. Only whether it is still current
  // is read, so typing re-renders this once, when it goes stale, not on every keystroke.
  const isCurrent = useAnalysisSelector(
    useCallback((analysis) => lastFeedback?.forJson === analysis.json, [lastFeedback]),
  );
  const feedback = isCurrent ? lastFeedback : undefined;
  const message = isMessageVisible ? feedback?.message : undefined;
  const isClean = feedback?.outcome === 'done' && feedback.isClean;
  return (
    <div className="space-y-2">
      <p
        role="status"
        className={`min-h-5 text-sm ${
          feedback?.outcome === 'failed'
            ? 'font-medium text-danger'
            : isClean
              ? 'text-success'
              : 'font-medium text-warning'
        }`}
      >
        {message && feedback?.outcome === 'done' && (
          <span aria-hidden="true">{isClean ? '✓ ' : '⚠ '}</span>
        )}
        {message}
      </p>
      {feedback && Details && <Details feedback={feedback} />}
    </div>
  );
}
