import { problemFixes } from '../../domain/problem';
import { summaryLine } from '../../domain/validate';
import { FixButton } from '../../components/ui/fix-button';
import { fieldDomId } from '../../lib/field-dom-id';
import { useAnalysis } from '../../state/analysis-context';
import { useApplyFix } from '../../state/use-apply-fix';

const TONE_CLASSES = {
  valid: 'border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/40',
  warning: 'border-amber-300 bg-amber-50 dark:border-amber-700 dark:bg-amber-950/40',
  error: 'border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/40',
} as const;

/** Every problem, errors first; clicking one focuses its field (SPEC §4.4, §5.3). */
export function ValidationSummary() {
  const analysis = useAnalysis();
  const applyFix = useApplyFix();
  // Warnings look like warnings, never like success (issue 12 §4); they still count as valid.
  const tone = analysis.errorCount > 0 ? 'error' : analysis.warningCount > 0 ? 'warning' : 'valid';
  return (
    <section
      data-testid="validation-summary"
      data-tone={tone}
      aria-live="polite"
      className={`rounded-md border p-3 text-sm ${TONE_CLASSES[tone]}`}
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
              {problemFixes(problem).map((fix) => (
                <FixButton
                  key={fix.label}
                  fix={fix}
                  onApply={(chosen) => applyFix(chosen, problem.field)}
                />
              ))}
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
