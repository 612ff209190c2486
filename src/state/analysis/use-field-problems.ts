import type { Fix, Problem } from '../../domain/problem';
import { fieldMessagesId } from '../../lib/field-dom-id';
import { useCallback } from 'react';
import { sameProblems, useAnalysisSelector } from './analysis-context';
import { useReveal } from '../draft/configuration-context';
import { useApplyFix } from '../draft/use-apply-fix';

const NO_PROBLEMS: Problem[] = [];

/** The problems to show under a field, and the ARIA attributes its input needs. */
export function useFieldProblems(field: string): {
  problems: Problem[];
  ariaProps: { 'aria-invalid': boolean; 'aria-describedby': string };
  applyFix: (fix: Fix) => void;
} {
  const ofField = useAnalysisSelector(
    useCallback(
      (analysis) => analysis.problems.filter((problem) => problem.field === field),
      [field],
    ),
    sameProblems,
  );
  const { isRevealed } = useReveal();
  const applyFixTo = useApplyFix();
  const problems = isRevealed(field) ? ofField : NO_PROBLEMS;
  return {
    problems,
    ariaProps: {
      'aria-invalid': problems.some((problem) => problem.severity === 'error'),
      'aria-describedby': fieldMessagesId(field),
    },
    applyFix: (fix) => applyFixTo(fix, field),
  };
}
