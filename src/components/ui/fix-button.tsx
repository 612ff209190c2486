import type { Fix } from '../../domain/problem';
import { useConfiguration } from '../../features/configuration/configuration-context';

/** Applies a problem's one-click fix (SPEC §3.11). */
export function FixButton({ fix, field }: { fix: Fix; field: string }) {
  const { updateDraft } = useConfiguration();
  return (
    <button
      type="button"
      onClick={() => updateDraft(fix.apply, field)}
      className="ml-2 rounded border border-current px-1.5 py-0.5 text-xs font-medium hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:hover:bg-white/10"
    >
      {fix.label}
    </button>
  );
}
