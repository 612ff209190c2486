/**
 * The request fields a snippet needs besides OutputConfig. Each placeholder is marked REPLACE
 * and still matches its field's pattern where one exists (CompilationJobName
 * `[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}`, RoleArn `arn:aws:iam::<12 digits>:role/...`), so every
 * client accepts the request and a snippet run unchanged is refused by AWS for the role or
 * model it names. The account ID is the AWS documentation's example account.
 */
import type { JsonObject } from '../json/json-value';

export const JOB_NAME_PLACEHOLDER = 'REPLACE-compilation-job-name';
export const ROLE_ARN_PLACEHOLDER =
  'arn:aws:iam::111122223333:role/REPLACE-sagemaker-execution-role';

/** InputConfig for a PyTorch model with one 1x3x224x224 input; DataInputConfig is a JSON string. */
export const INPUT_CONFIG_PLACEHOLDER: JsonObject = {
  S3Uri: 's3://REPLACE-bucket/REPLACE-model.tar.gz',
  DataInputConfig: '{"input0":[1,3,224,224]}',
  Framework: 'PYTORCH',
};

/** The API docs recommend starting MaxRuntimeInSeconds at 900. */
export const STOPPING_CONDITION: JsonObject = { MaxRuntimeInSeconds: 900 };

/**
 * What to do before running a snippet that still holds placeholders (without the comment
 * marker): comment lines in the Python and JavaScript snippets, a note beside the shell command.
 * Plain words and punctuation only, so they read the same wherever they are shown.
 */
export const REPLACE_NOTE: readonly string[] = [
  'Replace every REPLACE-… value and the example account ID 111122223333,',
  'and set InputConfig DataInputConfig and Framework for your model, before running.',
];

/** Why a snippet pins its region (ml_trn1 and ml_inf2 are single-region targets). */
export function regionNote(region: string): string {
  return `This target is offered only in ${region}, so the snippet sets the region.`;
}
