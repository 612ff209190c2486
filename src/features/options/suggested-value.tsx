import type { JsonValue } from '../../domain/json/json-value';

/**
 * A documented value that is not set (SPEC §4.11): said beside the empty field in a dashed
 * chip, never as grey text inside the input, and set only by its Apply button.
 */
export function SuggestedValue({
  apiName,
  value,
  onApply,
}: {
  apiName: string;
  value: JsonValue;
  onApply: () => void;
}) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return (
    <p className="mt-1.5 flex flex-wrap items-center gap-2 text-xs">
      <span className="rounded-full border border-dashed border-sky-500 px-2 py-0.5 text-sky-900 dark:border-sky-400 dark:text-sky-100">
        Suggested: <code className="font-mono">{text}</code>
        <span className="sr-only"> (not set)</span>
      </span>
      <button
        type="button"
        aria-label={`Apply ${apiName} ${text}`}
        onClick={onApply}
        className="min-h-8 rounded-md border border-sky-600 px-2.5 font-medium text-sky-900 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:border-sky-400 dark:text-sky-100 dark:hover:bg-sky-950"
      >
        Apply
      </button>
    </p>
  );
}
