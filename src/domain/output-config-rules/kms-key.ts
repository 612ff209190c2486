/**
 * The four KmsKeyId forms the API reference documents. The API pattern alone accepts almost any
 * word, so a value that fits none of these forms is worth a warning (SPEC §2.6).
 */
export type KmsKeyForm = 'key-id' | 'key-arn' | 'alias-name' | 'alias-arn';

/** How the UI names each form, e.g. "Recognised as a key ARN". */
export const KMS_KEY_FORM_LABELS: Record<KmsKeyForm, string> = {
  'key-id': 'key ID',
  'key-arn': 'key ARN',
  'alias-name': 'alias name',
  'alias-arn': 'alias ARN',
};

// A key ID is a UUID, or "mrk-" and 32 hex digits for a multi-Region key.
const KEY_ID =
  '(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|mrk-[0-9a-fA-F]{32})';
// Alias names may contain slashes (AWS-managed keys are alias/aws/<service>).
const ALIAS_NAME = 'alias/[a-zA-Z0-9/_-]+';
// Partitions: aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, …; regions like us-gov-west-1.
const ARN_PREFIX = 'arn:aws(?:-[a-z]+)*:kms:[a-z]{2}(?:-[a-z]+)+-\\d+:\\d{12}:';

const FORMS: readonly (readonly [KmsKeyForm, RegExp])[] = [
  ['key-id', new RegExp(`^${KEY_ID}$`)],
  ['key-arn', new RegExp(`^${ARN_PREFIX}key/${KEY_ID}$`)],
  ['alias-name', new RegExp(`^${ALIAS_NAME}$`)],
  ['alias-arn', new RegExp(`^${ARN_PREFIX}${ALIAS_NAME}$`)],
];

/** Which documented KmsKeyId form `value` is, or undefined when it is none of them. */
export function recognizeKmsKey(value: string): KmsKeyForm | undefined {
  return FORMS.find(([, pattern]) => pattern.test(value))?.[0];
}
