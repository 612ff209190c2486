/**
 * The explanation of a failed compilation job (SPEC §10.2, §5.11): each recognised cause with
 * the fix that still applies to the request as it is now, the new job name a failed job's
 * request needs, and, when nothing is recognised, the general checks to make.
 */
import type { OutputConfigDraft } from '../draft';
import type { Fix } from '../problem';
import type { RequestDraft } from '../request/request-draft';
import type { FailureEntry } from './failure-catalogue';
import { newJobName } from './failure-fixes';
import { matchFailureReason } from './match-failure';
import { modelFindings } from './model-evidence';
import type { ModelCheck } from '../model/model-types';

/** What a failed job's describe response (or a pasted FailureReason) brought. */
export type FailedJob = {
  /** CompilationJobStatus as given, when a describe response carried it. */
  status?: string;
  failureReason: string;
  /** The failed job's CompilationJobName, which CreateCompilationJob would now refuse. */
  jobName?: string;
};

export type ExplainedCause = {
  entry: FailureEntry;
  details: Record<string, string>;
  /** What the model check found in the archive that bears on this cause, one fact per line. */
  modelFindings: string[];
  /** The request edit that fixes it, when it is one and the request does not hold it yet. */
  fix?: Fix;
};

export type FailureExplanation = {
  reason: string;
  status?: string;
  isCut: boolean;
  causes: ExplainedCause[];
  /** A new name while the request keeps the failed job's (the old one exists). */
  jobNameFix?: Fix;
  /** The checks to make when no cause is recognised. */
  generalChecks: readonly string[];
};

export const GENERAL_CHECKS: readonly string[] = [
  'InputConfig.Framework is the framework the model was saved with, and InputConfig.FrameworkVersion (if set) is one the guide lists for the target.',
  'InputConfig.S3Uri points at one .tar.gz that holds the model files Neo expects for that framework.',
  'InputConfig.DataInputConfig names every model input with a fixed shape, in the layout the framework takes (NCHW, or NHWC for TensorFlow and TFLite).',
  'The bucket is in the job’s Region, and the role in RoleArn may read the model and write to OutputConfig.S3OutputLocation.',
  'The whole FailureReason: a text cut at 1,024 characters may hide the real error; the job’s CloudWatch log has it whole.',
];

/** `model`: what the model check read from the archive, when the user had it check one. */
export function explainFailure(
  job: FailedJob,
  request: RequestDraft,
  outputConfig: OutputConfigDraft,
  model?: ModelCheck,
): FailureExplanation {
  const matching = matchFailureReason(job.failureReason);
  const causes = matching.matches.map(({ entry, details }) => ({
    entry,
    details,
    modelFindings: modelFindings(entry.group, model),
    fix: entry.fix?.({ request, outputConfig, details, model }),
  }));
  return {
    reason: matching.reason,
    status: job.status,
    isCut: matching.isCut,
    causes,
    jobNameFix: newJobName(request, job.jobName),
    generalChecks: causes.length === 0 ? GENERAL_CHECKS : [],
  };
}
