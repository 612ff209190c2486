/**
 * What the validation summary lists (SPEC §5.3): the OutputConfig's problems and, once request
 * fields are filled, the request's, errors first, each with how to apply its fix and the input
 * a click on it focuses.
 */
import type { Fix, Problem } from '../../domain/problem';
import { summaryLine } from '../../domain/validate';
import { useAnalysis } from './analysis-context';
import { problemFocus } from '../on-demand-code';
import { useApplyRequestFix } from '../request/request-store';
import { useApplyFix } from '../draft/use-apply-fix';
import { useOutputConfigPreview, useRequestAnalysis } from '../request/use-request-analysis';

export type SummaryItem = {
  problem: Problem;
  applyFix: (fix: Fix) => void;
  /** The field whose input a click focuses, or undefined when the page has none for it. */
  focusField: string | undefined;
};

export function useSummaryProblems(): {
  line: string;
  errorCount: number;
  warningCount: number;
  items: SummaryItem[];
} {
  const analysis = useAnalysis();
  const request = useRequestAnalysis(useOutputConfigPreview());
  const applyFix = useApplyFix();
  const applyRequestFix = useApplyRequestFix();
  const outputItem = (problem: Problem): SummaryItem => ({
    problem,
    applyFix: (fix) => applyFix(fix, problem.field),
    // Without the target code there is no options problem, so the field is the problem's own.
    focusField: problemFocus.loaded()?.(problem) ?? problem.field,
  });
  const requestItem = (problem: Problem): SummaryItem => ({
    problem,
    applyFix: (fix) => applyRequestFix(fix, problem.field),
    focusField: request?.inputPathFor(problem.field),
  });
  const items = [
    ...analysis.problems.map(outputItem),
    ...(request?.problems ?? []).map(requestItem),
  ];
  const counts = {
    errorCount: analysis.errorCount + (request?.errorCount ?? 0),
    warningCount: analysis.warningCount + (request?.warningCount ?? 0),
  };
  const bySeverity = (severity: Problem['severity']) =>
    items.filter(({ problem }) => problem.severity === severity);
  return {
    line: summaryLine(counts),
    errorCount: counts.errorCount,
    warningCount: counts.warningCount,
    items: [...bySeverity('error'), ...bySeverity('warning')],
  };
}
