import { inputClasses } from '../../components/ui/input-classes';
import type { CopyFeedback } from './use-copy-feedback';

/**
 * What an export leaves to read below its message: the text itself when it could not be
 * copied, or the snippet it copied with what to know before running it. Only an export run
 * (export-runs.ts) produces these, so they load with it, on demand.
 */
export function CopyFeedbackDetails({ feedback }: { feedback: CopyFeedback }) {
  if (feedback.outcome === 'failed') {
    if (feedback.text === undefined) return null;
    return (
      <textarea
        readOnly
        wrap="off"
        aria-label={`${feedback.label} to copy`}
        value={feedback.text}
        rows={Math.min(12, feedback.text.split('\n').length + 1)}
        onFocus={(event) => event.currentTarget.select()}
        className={`${inputClasses} text-xs`}
      />
    );
  }
  const { snippet } = feedback;
  if (snippet === undefined) return null;
  return (
    <>
      {snippet.notes.length > 0 && (
        <p className="text-sm text-muted">Before running it: {snippet.notes.join(' ')}</p>
      )}
      <details className="rounded-md border border-line text-sm">
        <summary className="cursor-pointer px-3 py-2.5 focus-ring">
          Show the {snippet.label}
        </summary>
        <pre className="max-h-80 overflow-y-auto border-t border-line bg-code p-3 text-xs [overflow-wrap:anywhere] whitespace-pre-wrap">
          {snippet.text}
        </pre>
      </details>
    </>
  );
}
