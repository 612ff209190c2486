/**
 * The API model's rules for the request members around OutputConfig
 * (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateCompilationJob.html,
 * API_InputConfig.html): which keys exist, required members, types, lengths and patterns.
 * These are what the service itself enforces, so they are errors. Rules read the API object
 * (empty values left out), exactly what the request preview shows.
 */
import { isJsonObject, ownValue, type JsonObject, type JsonValue } from '../json/json-value';
import type { Problem } from '../problem';
import { renameKey, suggestSpelling } from '../spelling-slips';
import { describeType, quote } from '../value-text';
import {
  STRUCTURE_MEMBERS,
  withRequestKey,
  withStructureMember,
  type StructureKey,
} from './request-edits';
import {
  DATA_INPUT_CONFIG_LIMITS,
  FRAMEWORK_VERSION_LIMITS,
  FRAMEWORKS,
  JOB_NAME_LIMITS,
  MODEL_PACKAGE_ARN_LIMITS,
  ROLE_ARN_LIMITS,
  S3_URI_LIMITS,
} from './request-values';
import { REQUEST_KEYS } from './request-keys';
import { checkString, setTo, fixToValue, type RequestField } from './string-rule';

export const topField = (key: string): RequestField => ({
  path: key,
  set: (draft, value) => withRequestKey(draft, key, value),
});

export const memberField = (key: StructureKey, member: string): RequestField => ({
  path: `${key}.${member}`,
  set: (draft, value) => withStructureMember(draft, key, member, value),
});

/** Keys the API does not know, at the top level and inside each structure member. */
export function validateRequestKeys(api: JsonObject): Problem[] {
  const problems = unknownKeys(api, REQUEST_KEYS, '', (key) => topField(key));
  for (const key of Object.keys(STRUCTURE_MEMBERS) as StructureKey[]) {
    const value = ownValue(api, key);
    if (value === undefined) continue;
    if (!isJsonObject(value)) {
      problems.push({
        field: key,
        severity: 'error',
        message: `${key} must be an object, not ${describeType(value)}`,
        fix: setTo(topField(key), undefined, `Remove ${key}`),
      });
      continue;
    }
    problems.push(
      ...unknownKeys(value, STRUCTURE_MEMBERS[key], `${key}.`, (member) =>
        memberField(key, member),
      ),
    );
  }
  return problems;
}

function unknownKeys(
  object: JsonObject,
  known: readonly string[],
  prefix: string,
  fieldOf: (key: string) => RequestField,
): Problem[] {
  const problems: Problem[] = [];
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    const suggestion = suggestSpelling(key, known);
    if (suggestion && !Object.hasOwn(object, suggestion.value)) {
      const to = suggestion.value;
      const structure = prefix.slice(0, -1) as StructureKey;
      problems.push({
        field: `${prefix}${to}`,
        severity: 'error',
        message: `${quote(key)} is not a request field (names are case-sensitive): the API expects ${to}`,
        fix: {
          label: `Rename to ${to}`,
          apply: (draft) => {
            if (prefix === '') return renameKey(draft, key, to);
            const current = ownValue(draft, structure);
            return isJsonObject(current)
              ? withRequestKey(draft, structure, renameKey(current, key, to))
              : draft;
          },
        },
      });
      continue;
    }
    problems.push({
      field: `${prefix}${key}`,
      severity: 'error',
      message: `${quote(key)} is not a ${prefix === '' ? 'CreateCompilationJob' : prefix.slice(0, -1)} field; the API rejects it`,
      fix: setTo(fieldOf(key), undefined, `Remove ${quote(key)}`),
    });
  }
  return problems;
}

/** "my_model.v2" → "my-model-v2": the API's job name alphabet is letters, digits and hyphens. */
function jobNameFix(value: string): string {
  return value
    .trim()
    .replace(/[^a-zA-Z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, JOB_NAME_LIMITS.max)
    .replace(/-+$/, '');
}

/**
 * An assumed-role session ARN (what `aws sts get-caller-identity` prints inside SageMaker) names
 * the role it came from: arn:aws:sts::<account>:assumed-role/<role>/<session>.
 */
function roleArnFix(value: string): string | undefined {
  const session = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(value.trim());
  return session ? `arn:${session[1]}:iam::${session[2]}:role/${session[3]}` : undefined;
}

export function validateJobAndRole(api: JsonObject): Problem[] {
  return [
    ...checkString(
      topField('CompilationJobName'),
      ownValue(api, 'CompilationJobName'),
      JOB_NAME_LIMITS,
      {
        required: 'a name unique in your account and Region, e.g. "my-model-ml-c5"',
        patternHint: 'letters, digits and hyphens only, starting and ending with a letter or digit',
        patternFix: jobNameFix,
      },
    ).problems,
    ...checkString(topField('RoleArn'), ownValue(api, 'RoleArn'), ROLE_ARN_LIMITS, {
      required: 'the IAM role SageMaker assumes to read the model and write the result',
      patternHint: 'an IAM role ARN, arn:aws:iam::<12-digit account>:role/<name>',
      patternFix: roleArnFix,
    }).problems,
  ];
}

/**
 * "Provide either a ModelPackageVersionArn or an InputConfig object in the request syntax. The
 * presence of both objects in the CreateCompilationJob request will return an exception."
 */
export function validateModelSource(api: JsonObject): Problem[] {
  const input = ownValue(api, 'InputConfig');
  const packageArn = ownValue(api, 'ModelPackageVersionArn');
  const problems = checkString(
    topField('ModelPackageVersionArn'),
    packageArn,
    MODEL_PACKAGE_ARN_LIMITS,
    {
      patternHint:
        'a versioned model package ARN, arn:aws:sagemaker:<region>:<account>:model-package/<name>/<version>',
    },
  ).problems;
  if (input === undefined && packageArn === undefined) {
    problems.push({
      field: 'InputConfig.S3Uri',
      severity: 'error',
      message: 'Give the model: an InputConfig (S3Uri and Framework) or a ModelPackageVersionArn',
    });
  }
  if (input !== undefined && packageArn !== undefined) {
    problems.push({
      field: 'ModelPackageVersionArn',
      severity: 'error',
      message:
        'InputConfig and ModelPackageVersionArn are mutually exclusive: the API rejects a request with both',
      fix: setTo(topField('ModelPackageVersionArn'), undefined, 'Keep InputConfig'),
    });
  }
  if (isJsonObject(input)) problems.push(...validateInputMembers(input));
  return problems;
}

function validateInputMembers(input: JsonObject): Problem[] {
  const s3 = checkString(
    memberField('InputConfig', 'S3Uri'),
    ownValue(input, 'S3Uri'),
    S3_URI_LIMITS,
    {
      required: 'the S3 URI of the model archive, e.g. s3://bucket/model.tar.gz',
      patternHint: 'an S3 URI starting with s3:// or https://',
    },
  );
  const problems = [...s3.problems, ...frameworkProblems(ownValue(input, 'Framework'))];
  // "This path must point to a single gzip compressed tar archive (.tar.gz suffix)."
  if (s3.valid !== undefined && !s3.valid.endsWith('.tar.gz')) {
    problems.push({
      field: 'InputConfig.S3Uri',
      severity: 'warning',
      message: 'S3Uri must point to a single gzip-compressed tar archive, a key ending in .tar.gz',
    });
  }
  problems.push(
    ...checkString(
      memberField('InputConfig', 'FrameworkVersion'),
      ownValue(input, 'FrameworkVersion'),
      FRAMEWORK_VERSION_LIMITS,
      {
        patternHint: 'a version such as "1.15" or "2.0"',
      },
    ).problems,
  );
  const dataInput = ownValue(input, 'DataInputConfig');
  if (dataInput !== undefined && typeof dataInput !== 'string') {
    problems.push(dataInputNotString(dataInput));
  } else {
    problems.push(
      ...checkString(
        memberField('InputConfig', 'DataInputConfig'),
        dataInput,
        DATA_INPUT_CONFIG_LIMITS,
      ).problems,
    );
  }
  return problems;
}

/** DataInputConfig is a string holding JSON; an object or list given as is becomes that string. */
function dataInputNotString(value: JsonValue): Problem {
  const isShape = Array.isArray(value) || isJsonObject(value);
  return {
    field: 'InputConfig.DataInputConfig',
    severity: 'error',
    message: `DataInputConfig must be a string holding JSON, not ${describeType(value)}`,
    fix: isShape
      ? setTo(
          memberField('InputConfig', 'DataInputConfig'),
          JSON.stringify(value),
          'Write it as a JSON string',
        )
      : undefined,
  };
}

/** Names people use for a framework, keyed by their squashed spelling. */
const FRAMEWORK_ALIASES = new Map<string, (typeof FRAMEWORKS)[number]>([
  ['tensorflowlite', 'TFLITE'],
  ['tf', 'TENSORFLOW'],
  ['torch', 'PYTORCH'],
  ['scikitlearn', 'SKLEARN'],
]);

function frameworkProblems(value: JsonValue | undefined): Problem[] {
  const field = memberField('InputConfig', 'Framework');
  if (value === undefined) {
    return [
      {
        field: field.path,
        severity: 'error',
        message: 'InputConfig.Framework is required: the framework the model was trained with',
      },
    ];
  }
  if (typeof value === 'string' && (FRAMEWORKS as readonly string[]).includes(value)) return [];
  const suggestion =
    typeof value === 'string' ? suggestSpelling(value, FRAMEWORKS, FRAMEWORK_ALIASES) : undefined;
  return [
    {
      field: field.path,
      severity: 'error',
      message: `${typeof value === 'string' ? quote(value) : describeType(value)} is not a Framework the API knows: ${FRAMEWORKS.join(', ')}`,
      fix: suggestion ? fixToValue(field, suggestion.value) : undefined,
    },
  ];
}
