import { summaryLine } from '../../domain/validate';
import { FixButton } from '../../components/ui/fix-button';
import { fieldDomId } from '../../lib/field-dom-id';
import { useAnalysis } from '../../state/analysis-context';
import { useApplyFix } from '../../state/use-apply-fix';

/** Every problem, errors first; clicking one focuses its field (SPEC §4.4, §5.3). */
export function ValidationSummary() {
  const analysis = useAnalysis();
  const applyFix = useApplyFix();
  const isValid = analysis.errorCount === 0;
  return (
    <section
      data-testid="validation-summary"
      aria-live="polite"
      className={`rounded-md border p-3 text-sm ${
        isValid
          ? 'border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/40'
          : 'border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/40'
      }`}
    >
      <p className="font-semibold">{summaryLine(analysis)}</p>
      {analysis.problems.length > 0 && (
        <ul className="mt-2 space-y-1.5 xl:max-h-[40vh] xl:overflow-y-auto">
          {analysis.problems.map((problem, index) => (
            <li key={index} className="flex flex-wrap items-baseline gap-x-1">
              <span
                className={
                  problem.severity === 'error'
                    ? 'font-medium text-danger'
                    : 'font-medium text-warning'
                }
              >
                {problem.severity === 'error' ? 'Error' : 'Warning'}
              </span>
              <button
                type="button"
                onClick={() => focusField(problem.field)}
                className="text-left underline decoration-dotted underline-offset-2 focus-ring hover:decoration-solid"
              >
                <code className="font-semibold">{problem.field}</code>: {problem.message}
              </button>
              {problem.fix && (
                <FixButton fix={problem.fix} onApply={(fix) => applyFix(fix, problem.field)} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Focuses the field's input. Option keys without a field of their own land in the raw editor;
 * a missing target lands on whichever target input the current tab shows.
 */
function focusField(field: string) {
  const fallbacks = field.startsWith('Target')
    ? ['TargetDevice', 'TargetPlatform.Os', 'TargetPlatform']
    : ['CompilerOptions'];
  const target = [field, ...fallbacks]
    .map((candidate) => document.getElementById(fieldDomId(candidate)))
    .find((element) => element !== null);
  target?.focus();
  target?.scrollIntoView({ block: 'center' });
}
