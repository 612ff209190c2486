import { problemFixes } from '../../domain/problem';
import { FixButton } from '../../components/ui/fix-button';
import { fieldDomId } from '../../lib/field-dom-id';
import { onDemand } from '../../lib/on-demand';
import { useReveal } from '../../state/draft/configuration-context';
import { useSummaryProblems } from '../../state/analysis/use-summary-problems';

// Where a click on a problem lands is worked out only once one is clicked: on demand, and in
// memory from the idle preload on (SPEC §4.10).
const summaryFocus = onDemand(() => import('./summary-focus').then((module) => module.focusField));

/**
 * Every problem, errors first; clicking one focuses its field (SPEC §4.4, §5.3). On a fresh
 * page the same list reads as what is left to do, in neutral colours, not as a verdict (§4.9).
 * Positioned, so that a keystroke that changes it repaints it alone (styles.css).
 */
export function ValidationSummary() {
  const { line, errorCount, warningCount, items } = useSummaryProblems();
  const { isPristine } = useReveal();
  const isValid = errorCount === 0;
  const isGuide = isPristine && !isValid;
  return (
    <section
      data-testid="validation-summary"
      aria-live="polite"
      data-tone={isValid ? (warningCount > 0 ? 'warning' : 'valid') : 'error'}
      className={`relative rounded-md border p-3 text-sm ${
        isValid
          ? warningCount > 0
            ? 'border-warning-border bg-warning-surface'
            : 'border-success-border bg-success-surface'
          : isGuide
            ? 'border-border bg-neutral-surface'
            : 'border-danger-border bg-danger-surface'
      }`}
    >
      <p className="font-semibold">
        {line}
        {isGuide && <span className="font-normal"> — what is left to do</span>}
      </p>
      {/* No inner scroll area: it would clip the fix buttons at its edge. The column scrolls. */}
      {items.length > 0 && (
        <ul className="mt-2 space-y-1.5">
          {items.map(({ problem, applyFix, focusField: target }, index) => (
            // Each part on its own line: in a wrapping row the message's button would move to
            // the next line as its text arrives with the page's HTML.
            <li key={index} className="flex flex-col items-start gap-1">
              <span
                className={
                  problem.severity === 'warning'
                    ? 'font-medium text-warning'
                    : isGuide
                      ? 'font-medium text-subtle'
                      : 'font-medium text-danger'
                }
              >
                {problem.severity === 'warning' ? 'Warning' : isGuide ? 'To do' : 'Error'}
              </span>
              <button
                type="button"
                onClick={() => target !== undefined && focusField(target)}
                className="min-w-0 text-left [overflow-wrap:anywhere] underline decoration-dotted underline-offset-2 focus-ring hover:decoration-solid"
              >
                <code className="font-semibold">{problem.field}</code>: {problem.message}
              </button>
              {problemFixes(problem).map((fix, at) => (
                // By position: a label that quotes the typed value must not rebuild the button.
                <FixButton key={at} fix={fix} onApply={applyFix} />
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Focuses the field's input; should its code fail to load, the plain focus of its own input. */
function focusField(field: string) {
  const focus = summaryFocus.loaded();
  if (focus) return focus(field);
  summaryFocus.load().then(
    (loaded) => loaded(field),
    () => document.getElementById(fieldDomId(field))?.focus(),
  );
}
