/**
 * JSON Schema (draft 2020-12) of the OutputConfig and of the whole CreateCompilationJob request
 * (SPEC §11.2), generated from the same closed `as const` lists, patterns and limits the page's
 * rules read, so that a new device or a changed limit reaches the schema with no edit here.
 *
 * What a schema can hold is the API model's shape: types, the closed sets, lengths, patterns,
 * required members and "exactly one of" pairs. Cross-field rules (compiler options per target,
 * DataInputConfig's shape per framework, unique tag keys…) stay in `neo-config check`.
 *
 * The page treats an empty string, or an object of empty values, as "not set" and leaves it out
 * of the API block (draft.ts isEmptyValue); the schema does the same for optional members and
 * unknown keys, so it accepts every configuration the page calls valid.
 */
import {
  ACCELERATOR_VALUES,
  ARCH_VALUES,
  COMPILER_OPTIONS_MAX_LENGTH,
  COMPILER_OPTIONS_MIN_LENGTH,
  KMS_KEY_ID_MAX_LENGTH,
  KMS_KEY_ID_PATTERN,
  OS_VALUES,
  S3_URI_MAX_LENGTH,
  S3_URI_PATTERN,
  TARGET_DEVICES,
} from '../api-values';
import type { JsonObject } from '../json/json-value';
import {
  INPUT_CONFIG_KEYS,
  STOPPING_CONDITION_KEYS,
  VPC_CONFIG_KEYS,
} from '../request/request-keys';
import {
  DATA_INPUT_CONFIG_LIMITS,
  FRAMEWORK_VERSION_LIMITS,
  FRAMEWORKS,
  JOB_NAME_LIMITS,
  MAX_TAGS,
  MODEL_PACKAGE_ARN_LIMITS,
  ROLE_ARN_LIMITS,
  S3_URI_LIMITS,
  SECURITY_GROUP_COUNT,
  SUBNET_COUNT,
  TAG_KEY_LIMITS,
  TAG_VALUE_LIMITS,
  VPC_ID_LIMITS,
  type StringLimits,
} from '../request/request-values';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

const EMPTY = { $ref: '#/$defs/empty' };

/** "Not set" as the page reads it: an empty string, or an object whose members are all empty. */
const EMPTY_DEF: JsonObject = {
  description: 'A value the page treats as not set (left out of the API block).',
  anyOf: [{ const: '' }, { type: 'object', additionalProperties: EMPTY }],
};

/** A regular expression as a JSON Schema pattern (ECMA-262, which Ajv runs with the u flag). */
const patternOf = (pattern: RegExp): string => pattern.source;

function stringOf(limits: StringLimits, description?: string): JsonObject {
  return {
    type: 'string',
    ...(limits.min > 0 ? { minLength: limits.min } : {}),
    maxLength: limits.max,
    ...(limits.pattern ? { pattern: patternOf(limits.pattern) } : {}),
    examples: [limits.example],
    ...(description ? { description } : {}),
  };
}

/** An optional member: its value, or "not set". */
const optional = (schema: JsonObject): JsonObject => ({ anyOf: [EMPTY, schema] });

/** "The object has `key` with a value that is not empty": for the exactly-one-of pairs. */
const hasValue = (key: string): JsonObject => ({
  type: 'object',
  required: [key],
  properties: { [key]: { not: EMPTY } },
});

const OUTPUT_CONFIG_DEFS: Record<string, JsonObject> = {
  empty: EMPTY_DEF,
  TargetDevice: {
    description: 'A Neo target device (API TargetDevice).',
    enum: [...TARGET_DEVICES],
  },
  TargetPlatform: {
    description: 'A platform described by its Os, Arch and optional Accelerator.',
    type: 'object',
    properties: {
      Os: { enum: [...OS_VALUES] },
      Arch: { enum: [...ARCH_VALUES] },
      Accelerator: optional({ enum: [...ACCELERATOR_VALUES] }),
    },
    required: ['Os', 'Arch'],
    additionalProperties: EMPTY,
  },
  OutputConfig: {
    description:
      'The OutputConfig of a SageMaker Neo CreateCompilationJob request: exactly one of TargetDevice and TargetPlatform.',
    type: 'object',
    properties: {
      S3OutputLocation: {
        type: 'string',
        maxLength: S3_URI_MAX_LENGTH,
        pattern: patternOf(S3_URI_PATTERN),
        examples: ['s3://bucket-name/key-name-prefix'],
      },
      TargetDevice: optional({ $ref: '#/$defs/TargetDevice' }),
      TargetPlatform: optional({ $ref: '#/$defs/TargetPlatform' }),
      CompilerOptions: optional({
        description:
          'A string holding JSON (an object of compiler options, or for Inferentia a JSON string of flags); which options apply to the target is checked by `neo-config check`.',
        type: 'string',
        minLength: COMPILER_OPTIONS_MIN_LENGTH,
        maxLength: COMPILER_OPTIONS_MAX_LENGTH,
        examples: ['{"mcpu":"skylake-avx512"}'],
      }),
      KmsKeyId: optional({
        type: 'string',
        maxLength: KMS_KEY_ID_MAX_LENGTH,
        pattern: patternOf(KMS_KEY_ID_PATTERN),
      }),
    },
    required: ['S3OutputLocation'],
    oneOf: [hasValue('TargetDevice'), hasValue('TargetPlatform')],
    additionalProperties: EMPTY,
  },
};

/** The JSON Schema of an OutputConfig (what Copy JSON copies, or `--output-config` takes). */
export function outputConfigJsonSchema(): JsonObject {
  return {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'SageMaker Neo OutputConfig',
    $ref: '#/$defs/OutputConfig',
    $defs: OUTPUT_CONFIG_DEFS,
  };
}

const seconds = (description: string): JsonObject => ({
  description,
  type: 'integer',
  minimum: 1,
});

const idList = (limits: StringLimits, count: { min: number; max: number }): JsonObject => ({
  type: 'array',
  minItems: count.min,
  maxItems: count.max,
  items: stringOf(limits),
});

/** Lists each member the schema describes, so a test can hold it to the request's key lists. */
const membersOf = (keys: readonly string[], schemas: Record<string, JsonObject>) =>
  Object.fromEntries(keys.map((key) => [key, schemas[key]!]));

const REQUEST_DEFS: Record<string, JsonObject> = {
  InputConfig: {
    type: 'object',
    properties: membersOf(INPUT_CONFIG_KEYS, {
      S3Uri: stringOf(S3_URI_LIMITS, 'The S3 URI of the model archive (model.tar.gz).'),
      DataInputConfig: optional(
        stringOf(DATA_INPUT_CONFIG_LIMITS, 'A string holding JSON: the model inputs and shapes.'),
      ),
      Framework: { enum: [...FRAMEWORKS] },
      FrameworkVersion: optional(stringOf(FRAMEWORK_VERSION_LIMITS)),
    }),
    required: ['S3Uri', 'Framework'],
    additionalProperties: EMPTY,
  },
  StoppingCondition: {
    type: 'object',
    properties: membersOf(STOPPING_CONDITION_KEYS, {
      MaxRuntimeInSeconds: seconds('AWS recommends starting with 900 seconds.'),
      MaxWaitTimeInSeconds: seconds('For managed Spot training; at least MaxRuntimeInSeconds.'),
    }),
    additionalProperties: EMPTY,
  },
  VpcConfig: {
    type: 'object',
    properties: membersOf(VPC_CONFIG_KEYS, {
      SecurityGroupIds: idList(VPC_ID_LIMITS, SECURITY_GROUP_COUNT),
      Subnets: idList(VPC_ID_LIMITS, SUBNET_COUNT),
    }),
    required: [...VPC_CONFIG_KEYS],
    additionalProperties: EMPTY,
  },
  Tag: {
    type: 'object',
    properties: { Key: stringOf(TAG_KEY_LIMITS), Value: stringOf(TAG_VALUE_LIMITS) },
    required: ['Key', 'Value'],
    additionalProperties: false,
  },
};

/**
 * The JSON Schema of a whole CreateCompilationJob request: the members around OutputConfig
 * with the API model's limits, and the OutputConfig of outputConfigJsonSchema.
 */
export function requestJsonSchema(): JsonObject {
  return {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'SageMaker Neo CreateCompilationJob request',
    description:
      'Exactly one of InputConfig and ModelPackageVersionArn. Rules across fields (options per target, DataInputConfig per framework, unique tag keys) are checked by `neo-config check`.',
    type: 'object',
    properties: {
      CompilationJobName: stringOf(JOB_NAME_LIMITS),
      RoleArn: stringOf(ROLE_ARN_LIMITS),
      ModelPackageVersionArn: optional(stringOf(MODEL_PACKAGE_ARN_LIMITS)),
      InputConfig: optional({ $ref: '#/$defs/InputConfig' }),
      OutputConfig: { $ref: '#/$defs/OutputConfig' },
      VpcConfig: optional({ $ref: '#/$defs/VpcConfig' }),
      StoppingCondition: { $ref: '#/$defs/StoppingCondition', not: EMPTY },
      Tags: { type: 'array', maxItems: MAX_TAGS, items: { $ref: '#/$defs/Tag' } },
    },
    required: ['CompilationJobName', 'RoleArn', 'OutputConfig', 'StoppingCondition'],
    oneOf: [hasValue('InputConfig'), hasValue('ModelPackageVersionArn')],
    additionalProperties: EMPTY,
    $defs: { ...OUTPUT_CONFIG_DEFS, ...REQUEST_DEFS },
  };
}
