import type { Fix, Problem } from '../domain/problem';
import { fieldMessagesId } from '../lib/field-dom-id';
import { useAnalysis } from './analysis-context';
import { useConfiguration } from './configuration-context';
import { useApplyFix } from './use-apply-fix';

/** The problems to show under a field, and the ARIA attributes its input needs. */
export function useFieldProblems(field: string): {
  problems: Problem[];
  ariaProps: { 'aria-invalid': boolean; 'aria-describedby': string };
  applyFix: (fix: Fix) => void;
} {
  const analysis = useAnalysis();
  const { isRevealed } = useConfiguration();
  const applyFixTo = useApplyFix();
  const problems = isRevealed(field)
    ? analysis.problems.filter((problem) => problem.field === field)
    : [];
  return {
    problems,
    ariaProps: {
      'aria-invalid': problems.some((problem) => problem.severity === 'error'),
      'aria-describedby': fieldMessagesId(field),
    },
    applyFix: (fix) => applyFixTo(fix, field),
  };
}
