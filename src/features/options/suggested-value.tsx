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
      <span className="rounded-full border border-dashed border-info-mark px-2 py-0.5 text-info-tag-text">
        Suggested: <code className="font-mono">{text}</code>
        <span className="sr-only"> (not set)</span>
      </span>
      <button
        type="button"
        aria-label={`Apply ${apiName} ${text}`}
        onClick={onApply}
        className="min-h-8 rounded-md border border-info-mark px-2.5 font-medium text-info-tag-text focus-ring hover:bg-info-surface focus-visible:outline-offset-2"
      >
        Apply
      </button>
    </p>
  );
}
