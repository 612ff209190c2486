import { KMS_KEY_FORM_LABELS, recognizeKmsKey } from '../../domain/output-config-rules/kms-key';
import { useDraftMember } from '../../state/draft/use-draft-member';
import { ApiTextField } from './api-text-field';

/** S3OutputLocation and KmsKeyId: where the compiled model goes and how it is encrypted. */
export function OutputLocationFields() {
  const kmsKeyId = useDraftMember('KmsKeyId');
  const kmsForm = typeof kmsKeyId === 'string' && kmsKeyId ? recognizeKmsKey(kmsKeyId) : undefined;
  return (
    <div className="space-y-4">
      <ApiTextField
        apiName="S3OutputLocation"
        label="S3 output location"
        placeholder="s3://my-bucket/compiled/"
        help="Where SageMaker stores the compiled model, e.g. s3://bucket-name/key-name-prefix."
      />
      <ApiTextField
        apiName="KmsKeyId"
        label="KMS key"
        optional
        placeholder="alias/ExampleAlias"
        help="Encrypts the output. Key ID, key ARN, alias name or alias ARN; without it the account's default S3 key is used."
        hint={kmsForm ? `Recognised form: ${KMS_KEY_FORM_LABELS[kmsForm]}.` : undefined}
      />
    </div>
  );
}
