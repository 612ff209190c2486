/** Rules for the two plain string members: S3OutputLocation and KmsKeyId. */
import {
  KMS_KEY_ID_MAX_LENGTH,
  KMS_KEY_ID_PATTERN,
  S3_URI_MAX_LENGTH,
  S3_URI_PATTERN,
} from '../api-values';
import { withKey } from '../draft';
import type { JsonValue } from '../json/json-value';
import { recognizeKmsKey } from './kms-key';
import type { Fix, Problem } from '../problem';
import { describeType, quote } from '../value-text';
import { BUCKET_NAMING_RULES_URL, brokenBucketRules, s3BucketOf } from './s3-bucket-rules';

const S3 = 'S3OutputLocation';
const KMS = 'KmsKeyId';
const SCHEME_MESSAGE = 'S3OutputLocation must start with s3:// or https://';
// A scheme-like prefix, however many slashes follow it: "S3://", "s3:/", "s3:", "http://".
const SCHEME_PREFIX = /^([A-Za-z][A-Za-z0-9+.-]*):\/*(.*)$/s;
const S3_ARN = /^arn:aws[a-z-]*:s3:::(.+)$/s;
// Bucket names: 3–63 lower-case letters, digits, dots and hyphens; a path may follow.
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const BUCKET_AND_PATH = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/s;

function replaceWith(field: string, value: string, label = `Use ${quote(value)}`): Fix {
  return { label, apply: (draft) => withKey(draft, field, value) };
}

function tooLong(field: string, value: string, max: number): Problem | undefined {
  if (value.length <= max) return undefined;
  return {
    field,
    severity: 'error',
    message: `${field} is ${value.length} characters long; the API allows at most ${max}`,
  };
}

/** Checks S3OutputLocation; `hasMisspelledKey` skips "required" when a slipped key holds it. */
export function validateS3OutputLocation(
  value: JsonValue | undefined,
  hasMisspelledKey: boolean,
): Problem[] {
  if (value === undefined) {
    if (hasMisspelledKey) return [];
    return [
      {
        field: S3,
        severity: 'error',
        message:
          'Required: the S3 URI where Neo writes the compiled model, e.g. s3://bucket-name/key-name-prefix',
      },
    ];
  }
  if (typeof value !== 'string') {
    return [
      {
        field: S3,
        severity: 'error',
        message: `S3OutputLocation must be a string such as "s3://bucket/prefix", not ${describeType(value)}`,
      },
    ];
  }
  const length = tooLong(S3, value, S3_URI_MAX_LENGTH);
  if (length) return [length];
  if (S3_URI_PATTERN.test(value)) {
    // Only trailing whitespace gets past the pattern; S3 would take it as part of the key prefix.
    return value.trimEnd() === value
      ? bucketNameProblems(value)
      : [
          {
            field: S3,
            severity: 'warning',
            message:
              'S3OutputLocation ends with whitespace, which would become part of the S3 key prefix',
            fix: replaceWith(S3, value.trim(), 'Trim whitespace'),
          },
        ];
  }
  const trimmed = value.trim();
  if (trimmed !== value && S3_URI_PATTERN.test(trimmed)) {
    return [
      {
        field: S3,
        severity: 'error',
        message: 'S3OutputLocation starts or ends with whitespace, which the API pattern rejects',
        fix: replaceWith(S3, trimmed, 'Trim whitespace'),
      },
    ];
  }
  if (LINE_BREAK.test(trimmed)) {
    return [
      {
        field: S3,
        severity: 'error',
        message: 'S3OutputLocation contains a line break, which the API pattern rejects',
      },
    ];
  }
  return [schemeProblem(trimmed)];
}

/** A warning for each S3 naming rule an s3:// location's bucket breaks (the API lets it pass). */
function bucketNameProblems(location: string): Problem[] {
  const bucket = s3BucketOf(location);
  if (bucket === undefined) return [];
  const broken = brokenBucketRules(bucket);
  if (broken.length === 0) return [];
  return [
    {
      field: S3,
      severity: 'warning',
      message: `S3 has no bucket named ${quote(bucket)}: a bucket name ${broken.join('; ')} (${BUCKET_NAMING_RULES_URL})`,
    },
  ];
}

/** A fix to `fixed`, offered only when the result passes the API pattern. */
function s3Fix(fixed: string): Fix | undefined {
  return S3_URI_PATTERN.test(fixed) ? replaceWith(S3, fixed) : undefined;
}

function schemeProblem(value: string): Problem {
  const arnPath = S3_ARN.exec(value)?.[1];
  if (arnPath !== undefined) {
    return {
      field: S3,
      severity: 'error',
      message: 'S3OutputLocation takes an S3 URI, not an ARN',
      fix: s3Fix(`s3://${arnPath}`),
    };
  }
  const scheme = SCHEME_PREFIX.exec(value);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    const rest = scheme[2]!;
    if (name !== 's3' && name !== 'https' && name !== 'http') {
      return {
        field: S3,
        severity: 'error',
        message: `${SCHEME_MESSAGE}; ${quote(`${scheme[1]}:`)} is not accepted`,
      };
    }
    if (rest === '') {
      return {
        field: S3,
        severity: 'error',
        message: `S3OutputLocation needs a bucket name after ${name === 's3' ? 's3' : 'https'}://`,
      };
    }
    const fixed = `${name === 's3' ? 's3' : 'https'}://${rest}`;
    return { field: S3, severity: 'error', message: SCHEME_MESSAGE, fix: s3Fix(fixed) };
  }
  if (BUCKET_AND_PATH.test(value)) {
    return { field: S3, severity: 'error', message: SCHEME_MESSAGE, fix: s3Fix(`s3://${value}`) };
  }
  return {
    field: S3,
    severity: 'error',
    message: `${SCHEME_MESSAGE}, e.g. s3://bucket-name/key-name-prefix`,
  };
}

/** Checks KmsKeyId: the API pattern (error), then the four documented forms (warning). */
export function validateKmsKeyId(value: JsonValue | undefined): Problem[] {
  if (value === undefined) return [];
  if (typeof value !== 'string') {
    return [
      {
        field: KMS,
        severity: 'error',
        message: `KmsKeyId must be a string such as "alias/ExampleAlias", not ${describeType(value)}`,
      },
    ];
  }
  const length = tooLong(KMS, value, KMS_KEY_ID_MAX_LENGTH);
  if (length) return [length];
  if (!KMS_KEY_ID_PATTERN.test(value)) {
    const trimmed = value.trim();
    if (trimmed !== value && KMS_KEY_ID_PATTERN.test(trimmed)) {
      return [
        {
          field: KMS,
          severity: 'error',
          message: 'KmsKeyId starts or ends with whitespace, which the API pattern rejects',
          fix: replaceWith(KMS, trimmed, 'Trim whitespace'),
        },
      ];
    }
    const bad = [...value].find((char) => !KMS_KEY_ID_PATTERN.test(char)) ?? '';
    return [
      {
        field: KMS,
        severity: 'error',
        message: `KmsKeyId contains ${quote(bad)}, which the API pattern rejects: only letters, digits, ':', '/', '_' and '-' are allowed`,
      },
    ];
  }
  if (recognizeKmsKey(value) !== undefined) return [];
  return [
    {
      field: KMS,
      severity: 'warning',
      message:
        'KmsKeyId matches none of the forms KMS accepts: a key ID, a key ARN, alias/<name> or an alias ARN',
    },
  ];
}
