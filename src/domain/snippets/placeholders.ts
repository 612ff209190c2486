/**
 * The request fields a snippet needs besides OutputConfig. Each placeholder is marked REPLACE
 * and still matches its field's pattern where one exists (CompilationJobName
 * `[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}`, RoleArn `arn:aws:iam::<12 digits>:role/...`), so every
 * client accepts the request and a snippet run unchanged is refused by AWS for the role or
 * model it names. The account ID is the AWS documentation's example account.
 */
import type { JsonObject } from '../json/json-value';
import { DEFAULT_STOPPING_CONDITION } from '../request/request-defaults';

export const JOB_NAME_PLACEHOLDER = 'REPLACE-compilation-job-name';
export const ROLE_ARN_PLACEHOLDER =
  'arn:aws:iam::111122223333:role/REPLACE-sagemaker-execution-role';

/**
 * InputConfig when the user set none: every member a marked placeholder, never a guessed
 * framework or shape that would run as if chosen (SPEC §4.12). DataInputConfig shows the form
 * the API takes (a JSON string of input name to shape) behind its REPLACE mark. No client checks
 * the Framework enum or the DataInputConfig text, so the request is still sent as it is.
 */
export const FRAMEWORK_PLACEHOLDER = 'REPLACE-FRAMEWORK';
export const DATA_INPUT_CONFIG_PLACEHOLDER = 'REPLACE-{"input0":[1,3,224,224]}';
export const INPUT_CONFIG_PLACEHOLDER: JsonObject = {
  S3Uri: 's3://REPLACE-bucket/REPLACE-model.tar.gz',
  DataInputConfig: DATA_INPUT_CONFIG_PLACEHOLDER,
  Framework: FRAMEWORK_PLACEHOLDER,
};

/** The StoppingCondition sent when none is set: the default the request preview shows too. */
export const STOPPING_CONDITION: JsonObject = DEFAULT_STOPPING_CONDITION;

/**
 * What to do before running a snippet that still holds placeholders (without the comment
 * marker): comment lines in the Python and JavaScript snippets, a note beside the shell command.
 * Plain words and punctuation only, so they read the same wherever they are shown.
 */
export const REPLACE_NOTE: readonly string[] = [
  'Replace every REPLACE-… value and the example account ID 111122223333,',
  "the model's Framework and DataInputConfig among them, before running.",
];

/** Why a snippet pins its region (ml_trn1 and ml_inf2 are single-region targets). */
export function regionNote(region: string): string {
  return `This target is offered only in ${region}, so the snippet sets the region.`;
}
