import type { OutputConfigDraft } from './draft';

export type Severity = 'error' | 'warning';

/** The smallest change that resolves a problem, as a pure edit of the draft. */
export type Fix = {
  /** What the button says, e.g. "Use sm_53". */
  label: string;
  apply: (draft: OutputConfigDraft) => OutputConfigDraft;
};

/**
 * One finding about a draft. `field` is the API name the user sees: a top-level key
 * ("S3OutputLocation"), a TargetPlatform member ("TargetPlatform.Arch") or a compiler-option
 * key ("gpu-code"). Warnings never count as errors (SPEC §5.3).
 */
export type Problem = {
  field: string;
  severity: Severity;
  /** What is wrong, in one line: the summary lists this. */
  message: string;
  /**
   * The longer why (a retired target's reason), said once, under the field only: the summary
   * lists the message and leads there.
   */
  detail?: string;
  /** Where `detail` comes from ("Source: https://…"), shown with it. */
  source?: string;
  fix?: Fix;
  /**
   * Equally small alternatives to `fix` when the user must choose ("Keep signature_def_key" /
   * "Keep output_names"); present only together with `fix`.
   */
  otherFixes?: Fix[];
};

/** Every fix a problem offers, the first one first. */
export function problemFixes(problem: Problem): Fix[] {
  return problem.fix ? [problem.fix, ...(problem.otherFixes ?? [])] : [];
}
