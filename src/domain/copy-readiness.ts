/**
 * One confirmation model for every copy and download (SPEC §4.11): what is copied is the
 * preview, and the confirmation says when that preview has errors or when an edit the user
 * made could not be applied (the Advanced JSON editor with a syntax error), so a broken or
 * stale result is never confirmed as if it were clean. What is copied decides what is counted:
 * the OutputConfig alone, or the request around it (whose errors then count too).
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

/**
 * What each export carries (SPEC §4.5, §5.7): Copy JSON and Download JSON are the OutputConfig
 * alone; the link, the snippets and the request file also carry the request fields, when any is
 * filled.
 */
export const EXPORT_CONTENTS = {
  json: 'output-config',
  download: 'output-config',
  'request-file': 'request',
  link: 'request',
  'aws-cli': 'request',
  boto3: 'request',
  'sdk-v3': 'request',
} as const satisfies Record<string, 'output-config' | 'request'>;

export type ExportKind = keyof typeof EXPORT_CONTENTS;

/** True when the export carries the request fields, so their analysis is needed to confirm it. */
export function carriesRequest(kind: ExportKind): boolean {
  return EXPORT_CONTENTS[kind] === 'request';
}

export type CopyReadiness = {
  clean: boolean;
  /** Errors in what is copied, not counting unapplied edits. */
  errorCount: number;
  unappliedCount: number;
};

/**
 * Whether the export `kind` of this analysis is clean, and if not, what it carries. `request`
 * is the request fields' analysis (undefined while they are empty): its errors count only for
 * an export that carries the request.
 */
export function copyReadiness(
  kind: ExportKind,
  analysis: Pick<AnalysisWithEdits, 'errorCount' | 'unappliedCount'>,
  request?: { errorCount: number },
): CopyReadiness {
  const unappliedCount = analysis.unappliedCount ?? 0;
  const requestErrors = carriesRequest(kind) ? (request?.errorCount ?? 0) : 0;
  const errorCount = analysis.errorCount - unappliedCount + requestErrors;
  return { clean: errorCount + unappliedCount === 0, errorCount, unappliedCount };
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
