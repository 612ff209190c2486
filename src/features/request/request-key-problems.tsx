import { FieldMessages } from '../../components/ui/field-messages';
import type { RequestAnalysis } from '../../domain/request/request-analysis';
import { useApplyRequestFix } from '../../state/request/request-store';

/** The messages' element id: these problems belong to the request, not to one field. */
const FIELD = 'CreateCompilationJob';

/**
 * The request's problems that no field on the page stands for (a key the API does not know,
 * brought by a link or an import): said at the top of the Request part, with their fixes, so
 * that every problem of the request shows in the part itself, not only in the summary.
 */
export function RequestKeyProblems({ analysis }: { analysis: RequestAnalysis }) {
  const applyFix = useApplyRequestFix();
  const problems = analysis.problems.filter(
    (problem) => analysis.inputPathFor(problem.field) === undefined,
  );
  if (problems.length === 0) return null;
  return <FieldMessages field={FIELD} problems={problems} onFix={(fix) => applyFix(fix, FIELD)} />;
}
