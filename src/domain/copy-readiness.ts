/**
 * One confirmation model for every copy and download (SPEC §4.11): what is copied is the
 * preview, and the confirmation says when that preview has errors or when an edit the user
 * made could not be applied (the Advanced JSON editor with a syntax error), so a broken or
 * stale result is never confirmed as if it were clean. What is copied decides what is counted:
 * the OutputConfig alone, or the request around it (whose errors then count too); that part,
 * needed only by an export, is export-readiness.ts.
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
