import { useCallback } from 'react';
import { inputClasses } from '../../components/ui/input-classes';
import { useAnalysisSelector } from '../../state/analysis/analysis-context';
import type { CopyFeedback } from './use-copy-feedback';

type Props = {
  feedback: CopyFeedback | undefined;
  isMessageVisible: boolean;
};

/** The confirmation or failure of an export action, and the text itself when it could not be copied. */
export function CopyFeedbackView({ feedback: lastFeedback, isMessageVisible }: Props) {
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
      {feedback?.outcome === 'failed' && feedback.text !== undefined && (
        <textarea
          readOnly
          wrap="off"
          aria-label={`${feedback.label} to copy`}
          value={feedback.text}
          rows={Math.min(12, feedback.text.split('\n').length + 1)}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClasses} text-xs`}
        />
      )}
      {feedback?.outcome === 'done' && feedback.snippet && feedback.snippet.notes.length > 0 && (
        <p className="text-sm text-muted">Before running it: {feedback.snippet.notes.join(' ')}</p>
      )}
      {feedback?.outcome === 'done' && feedback.snippet && (
        <details className="rounded-md border border-line text-sm">
          <summary className="cursor-pointer px-3 py-2.5 focus-ring">
            Show the {feedback.snippet.label}
          </summary>
          <pre className="max-h-80 overflow-y-auto border-t border-line bg-code p-3 text-xs [overflow-wrap:anywhere] whitespace-pre-wrap">
            {feedback.snippet.text}
          </pre>
        </details>
      )}
    </div>
  );
}
