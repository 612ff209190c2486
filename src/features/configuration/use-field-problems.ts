import type { Problem } from '../../domain/problem';
import { fieldMessagesId } from '../../lib/field-dom-id';
import { useAnalysis } from './analysis-context';
import { useConfiguration } from './configuration-context';

/** The problems to show under a field, and the ARIA attributes its input needs. */
export function useFieldProblems(field: string): {
  problems: Problem[];
  ariaProps: { 'aria-invalid': boolean; 'aria-describedby': string };
} {
  const analysis = useAnalysis();
  const { isRevealed } = useConfiguration();
  const problems = isRevealed(field)
    ? analysis.problems.filter((problem) => problem.field === field)
    : [];
  return {
    problems,
    ariaProps: {
      'aria-invalid': problems.some((problem) => problem.severity === 'error'),
      'aria-describedby': fieldMessagesId(field),
    },
  };
}
