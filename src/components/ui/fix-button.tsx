import type { Fix } from '../../domain/problem';

/** Offers a problem's one-click fix (SPEC §3.11); the caller applies it to the draft. */
export function FixButton({ fix, onApply }: { fix: Fix; onApply: (fix: Fix) => void }) {
  return (
    <button
      type="button"
      onClick={() => onApply(fix)}
      className="ml-2 rounded border border-current px-1.5 py-0.5 text-xs font-medium hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:hover:bg-white/10"
    >
      {fix.label}
    </button>
  );
}
