/**
 * How an export is confirmed (SPEC §4.11, the model in copy-readiness.ts): what it carries
 * decides what is counted, and the confirmation names the errors and unapplied edits in it. A
 * module of its own because only an export needs it: it loads on demand with the export code.
 */
import type { AnalysisWithEdits } from './copy-readiness';

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
