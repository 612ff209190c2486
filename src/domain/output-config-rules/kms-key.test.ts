import { KMS_KEY_FORM_LABELS, recognizeKmsKey } from './kms-key';

describe('recognizeKmsKey', () => {
  it.each([
    ['1234abcd-12ab-34cd-56ef-1234567890ab', 'key-id'],
    ['mrk-1234abcd12ab34cd56ef1234567890ab', 'key-id'],
    ['arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'key-arn'],
    [
      'arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab',
      'key-arn',
    ],
    ['arn:aws-cn:kms:cn-north-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'key-arn'],
    ['alias/ExampleAlias', 'alias-name'],
    ['alias/aws/s3', 'alias-name'],
    ['arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias', 'alias-arn'],
  ])('%s is a %s', (value, form) => {
    expect(recognizeKmsKey(value)).toBe(form);
  });

  it.each([
    ['ExampleAlias'],
    ['1234abcd-12ab-34cd-56ef'],
    ['mrk-1234'],
    ['alias/'],
    ['arn:aws:kms:us-west-2:1111:key/1234abcd-12ab-34cd-56ef-1234567890ab'],
    ['arn:aws:s3:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'],
    ['arn:aws:kms:us-west-2:111122223333:key/not-a-key'],
    ['arn:aws:kms:us-west-2:111122223333:alias/'],
    [' alias/ExampleAlias'],
  ])('%j is none of the four forms', (value) => {
    expect(recognizeKmsKey(value)).toBeUndefined();
  });

  it('labels each form for the UI', () => {
    expect(KMS_KEY_FORM_LABELS).toEqual({
      'key-id': 'key ID',
      'key-arn': 'key ARN',
      'alias-name': 'alias name',
      'alias-arn': 'alias ARN',
    });
  });
});
