import type { JsonValue } from '../json/json-value';
import { validateKmsKeyId, validateS3OutputLocation } from './location-key-rules';
import type { Problem } from '../problem';
import { brief } from '../../testing/brief-problems';

/** The value the first problem's fix writes into the draft. */
const fixedValue = (problems: Problem[], field: string, value: JsonValue) =>
  problems[0]?.fix?.apply({ [field]: value })[field];

const SCHEME = 'S3OutputLocation must start with s3:// or https://';

describe('validateS3OutputLocation', () => {
  it.each([
    ['s3://bucket-name/key-name-prefix'],
    ['s3://bucket'],
    ['s3://bucket/'],
    ['https://bucket.s3.us-east-1.amazonaws.com/prefix'],
    [`s3://bkt/${'x'.repeat(1024 - 9)}`],
  ])('accepts %s', (value) => {
    expect(validateS3OutputLocation(value, false)).toEqual([]);
  });

  it('requires a value, unless a misspelled key holds it', () => {
    expect(brief(validateS3OutputLocation(undefined, false))).toEqual([
      {
        field: 'S3OutputLocation',
        severity: 'error',
        message:
          'Required: the S3 URI where Neo writes the compiled model, e.g. s3://bucket-name/key-name-prefix',
        fix: undefined,
      },
    ]);
    expect(validateS3OutputLocation(undefined, true)).toEqual([]);
  });

  it.each<[JsonValue, string, string | undefined, string | undefined]>([
    [
      42,
      'S3OutputLocation must be a string such as "s3://bucket/prefix", not a number',
      undefined,
      undefined,
    ],
    [
      ['s3://a'],
      'S3OutputLocation must be a string such as "s3://bucket/prefix", not an array',
      undefined,
      undefined,
    ],
    [
      `s3://b/${'x'.repeat(1024)}`,
      'S3OutputLocation is 1031 characters long; the API allows at most 1024',
      undefined,
      undefined,
    ],
    ['my-bucket/compiled', SCHEME, 'Use "s3://my-bucket/compiled"', 's3://my-bucket/compiled'],
    ['S3://bucket/x', SCHEME, 'Use "s3://bucket/x"', 's3://bucket/x'],
    ['s3:/bucket/x', SCHEME, 'Use "s3://bucket/x"', 's3://bucket/x'],
    ['s3:bucket', SCHEME, 'Use "s3://bucket"', 's3://bucket'],
    ['http://host/x', SCHEME, 'Use "https://host/x"', 'https://host/x'],
    ['s3://', 'S3OutputLocation needs a bucket name after s3://', undefined, undefined],
    ['gs://bucket/x', `${SCHEME}; "gs:" is not accepted`, undefined, undefined],
    [
      'arn:aws:s3:::bucket/prefix',
      'S3OutputLocation takes an S3 URI, not an ARN',
      'Use "s3://bucket/prefix"',
      's3://bucket/prefix',
    ],
    ['My Bucket', `${SCHEME}, e.g. s3://bucket-name/key-name-prefix`, undefined, undefined],
    [
      ' s3://bucket/x',
      'S3OutputLocation starts or ends with whitespace, which the API pattern rejects',
      'Trim whitespace',
      's3://bucket/x',
    ],
    [
      's3://bucket/x\n',
      'S3OutputLocation starts or ends with whitespace, which the API pattern rejects',
      'Trim whitespace',
      's3://bucket/x',
    ],
    [
      's3://bucket/a\nb',
      'S3OutputLocation contains a line break, which the API pattern rejects',
      undefined,
      undefined,
    ],
  ])('rejects %j', (value, message, fix, fixed) => {
    const problems = validateS3OutputLocation(value, false);
    expect(brief(problems)).toEqual([
      { field: 'S3OutputLocation', severity: 'error', message, fix },
    ]);
    expect(fixedValue(problems, 'S3OutputLocation', value)).toBe(fixed);
  });

  it('warns about trailing spaces, which the pattern lets through into the key prefix', () => {
    const problems = validateS3OutputLocation('s3://bucket/x  ', false);
    expect(brief(problems)).toEqual([
      {
        field: 'S3OutputLocation',
        severity: 'warning',
        message:
          'S3OutputLocation ends with whitespace, which would become part of the S3 key prefix',
        fix: 'Trim whitespace',
      },
    ]);
    expect(fixedValue(problems, 'S3OutputLocation', 's3://bucket/x  ')).toBe('s3://bucket/x');
  });
});

describe('validateKmsKeyId', () => {
  it.each([
    [undefined],
    ['1234abcd-12ab-34cd-56ef-1234567890ab'],
    ['arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'],
    ['alias/ExampleAlias'],
    ['arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias'],
  ])('accepts %j', (value) => {
    expect(validateKmsKeyId(value)).toEqual([]);
  });

  it.each<[JsonValue, string, string | undefined]>([
    [7, 'KmsKeyId must be a string such as "alias/ExampleAlias", not a number', undefined],
    [
      `alias/${'a'.repeat(2043)}`,
      'KmsKeyId is 2049 characters long; the API allows at most 2048',
      undefined,
    ],
    [
      'alias/my key',
      `KmsKeyId contains " ", which the API pattern rejects: only letters, digits, ':', '/', '_' and '-' are allowed`,
      undefined,
    ],
    [
      'alias/ExampleAlias.v2',
      `KmsKeyId contains ".", which the API pattern rejects: only letters, digits, ':', '/', '_' and '-' are allowed`,
      undefined,
    ],
    [
      'alias/ExampleAlias ',
      'KmsKeyId starts or ends with whitespace, which the API pattern rejects',
      'Trim whitespace',
    ],
  ])('rejects %j', (value, message, fix) => {
    expect(brief(validateKmsKeyId(value))).toEqual([
      { field: 'KmsKeyId', severity: 'error', message, fix },
    ]);
  });

  it('trims a padded key', () => {
    expect(fixedValue(validateKmsKeyId(' alias/x '), 'KmsKeyId', ' alias/x ')).toBe('alias/x');
  });

  it.each([['ExampleAlias'], ['arn:aws:kms:us-west-2:111122223333:key/oops'], ['1234abcd-12ab']])(
    'warns when %j fits the pattern but none of the four forms',
    (value) => {
      expect(brief(validateKmsKeyId(value))).toEqual([
        {
          field: 'KmsKeyId',
          severity: 'warning',
          message:
            'KmsKeyId matches none of the forms KMS accepts: a key ID, a key ARN, alias/<name> or an alias ARN',
          fix: undefined,
        },
      ]);
    },
  );
});
