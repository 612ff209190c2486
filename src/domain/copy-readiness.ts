/**
 * One confirmation model for every copy and download (SPEC §4.11): what is copied is the
 * preview, and the confirmation says when that preview has errors or when an edit the user
 * made could not be applied (the Advanced JSON editor with a syntax error), so a broken or
 * stale result is never confirmed as if it were clean.
 */
import type { Problem } from './problem';
import type { Analysis } from './validate';

/** An edit the user made that the draft (and so the copy) does not hold. */
export type UnappliedEdit = Problem & { severity: 'error' };

/** An analysis that may list edits the draft does not hold. */
export type AnalysisWithEdits = Analysis & { unappliedCount?: number };

/** The analysis with unapplied edits listed and counted as errors, first. */
export function withUnappliedEdits(
  analysis: Analysis,
  edits: readonly UnappliedEdit[],
): AnalysisWithEdits {
  if (edits.length === 0) return analysis;
  return {
    ...analysis,
    problems: [...edits, ...analysis.problems],
    errorCount: analysis.errorCount + edits.length,
    unappliedCount: edits.length,
  };
}

export type CopyReadiness = {
  clean: boolean;
  /** Errors in what is copied, not counting unapplied edits. */
  errorCount: number;
  unappliedCount: number;
};

/** Whether a copy of this analysis is clean, and if not, what it carries. */
export function copyReadiness(
  analysis: Pick<AnalysisWithEdits, 'errorCount' | 'unappliedCount'>,
): CopyReadiness {
  const unappliedCount = analysis.unappliedCount ?? 0;
  return {
    clean: analysis.errorCount === 0,
    errorCount: analysis.errorCount - unappliedCount,
    unappliedCount,
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Copied", "Copied — has 2 errors", "Downloaded — has 1 error · 1 edit not applied". */
export function copyConfirmation(done: string, readiness: CopyReadiness): string {
  if (readiness.clean) return done;
  const parts = [
    ...(readiness.errorCount > 0 ? [`has ${count(readiness.errorCount, 'error', 'errors')}`] : []),
    ...(readiness.unappliedCount > 0
      ? [`${count(readiness.unappliedCount, 'edit', 'edits')} not applied`]
      : []),
  ];
  return `${done} — ${parts.join(' · ')}`;
}
