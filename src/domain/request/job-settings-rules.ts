/**
 * StoppingCondition, VpcConfig and Tags: the API model's limits
 * (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StoppingCondition.html,
 * API_NeoVpcConfig.html, API_Tag.html) as errors, and what those pages say beyond the model
 * as warnings.
 */
import { isJsonObject, ownValue, type JsonObject, type JsonValue } from '../json/json-value';
import type { Problem } from '../problem';
import { describeType, quote } from '../value-text';
import { memberField, topField } from './request-field-rules';
import {
  MAX_RUNTIME_LIMIT,
  MAX_TAGS,
  RECOMMENDED_MAX_RUNTIME,
  SECURITY_GROUP_COUNT,
  SUBNET_COUNT,
  TAG_KEY_LIMITS,
  TAG_VALUE_LIMITS,
  VPC_ID_LIMITS,
  type StringLimits,
} from './request-values';
import { TAG_KEYS } from './request-keys';
import { checkString, setTo, type RequestField } from './string-rule';

const RUNTIME = memberField('StoppingCondition', 'MaxRuntimeInSeconds');
const WAIT = memberField('StoppingCondition', 'MaxWaitTimeInSeconds');
const recommendedRuntimeFix = () =>
  setTo(RUNTIME, RECOMMENDED_MAX_RUNTIME, `Use ${RECOMMENDED_MAX_RUNTIME} seconds`);

export function validateStoppingCondition(api: JsonObject): Problem[] {
  const condition = ownValue(api, 'StoppingCondition');
  // Not set: the request is sent with the default, which the preview and the field show.
  if (condition === undefined) return [];
  if (!isJsonObject(condition)) return [];
  const runtime = ownValue(condition, 'MaxRuntimeInSeconds');
  const problems: Problem[] = [];
  if (runtime === undefined) {
    problems.push({
      field: RUNTIME.path,
      severity: 'warning',
      message: `Without MaxRuntimeInSeconds the service's default limit applies; AWS recommends starting with ${RECOMMENDED_MAX_RUNTIME} seconds`,
      fix: recommendedRuntimeFix(),
    });
  }
  const runtimeValue = checkSeconds(RUNTIME, runtime, problems);
  if (runtimeValue !== undefined && runtimeValue > MAX_RUNTIME_LIMIT) {
    problems.push({
      field: RUNTIME.path,
      severity: 'warning',
      message: `MaxRuntimeInSeconds is over 28 days (${MAX_RUNTIME_LIMIT} s), the documented maximum`,
      fix: setTo(RUNTIME, MAX_RUNTIME_LIMIT, 'Use 28 days'),
    });
  }
  const wait = checkSeconds(WAIT, ownValue(condition, 'MaxWaitTimeInSeconds'), problems);
  // "It must be equal to or greater than MaxRuntimeInSeconds" (a managed Spot setting).
  if (wait !== undefined && runtimeValue !== undefined && wait < runtimeValue) {
    problems.push({
      field: WAIT.path,
      severity: 'warning',
      message: `MaxWaitTimeInSeconds (${wait}) must be at least MaxRuntimeInSeconds (${runtimeValue})`,
      fix: setTo(WAIT, runtimeValue, `Use ${runtimeValue} seconds`),
    });
  }
  return problems;
}

/** An integer ≥ 1, or an error; a whole number written as text gets a fix to the number. */
function checkSeconds(
  field: RequestField,
  value: JsonValue | undefined,
  problems: Problem[],
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  const digits =
    typeof value === 'string' && /^\s*[1-9]\d{0,9}\s*$/.test(value) ? Number(value) : undefined;
  problems.push({
    field: field.path,
    severity: 'error',
    message: `${field.path} must be a whole number of seconds, at least 1, not ${typeof value === 'string' ? quote(value) : typeof value === 'number' ? value : describeType(value)}`,
    fix: digits === undefined ? undefined : setTo(field, digits, `Use the number ${digits}`),
  });
  return undefined;
}

export function validateVpcConfig(api: JsonObject): Problem[] {
  const vpc = ownValue(api, 'VpcConfig');
  if (!isJsonObject(vpc)) return [];
  return [
    ...checkIdList(
      memberField('VpcConfig', 'SecurityGroupIds'),
      ownValue(vpc, 'SecurityGroupIds'),
      SECURITY_GROUP_COUNT,
      'sg-',
    ),
    ...checkIdList(memberField('VpcConfig', 'Subnets'), ownValue(vpc, 'Subnets'), SUBNET_COUNT),
  ];
}

function checkIdList(
  field: RequestField,
  value: JsonValue | undefined,
  count: { min: number; max: number },
  prefix?: string,
): Problem[] {
  const { path } = field;
  if (value === undefined) {
    return [
      { field: path, severity: 'error', message: `${path} is required when VpcConfig is given` },
    ];
  }
  if (!Array.isArray(value)) {
    return [
      {
        field: path,
        severity: 'error',
        message: `${path} must be a list of IDs, not ${describeType(value)}`,
      },
    ];
  }
  const problems: Problem[] = [];
  if (value.length < count.min || value.length > count.max) {
    problems.push({
      field: path,
      severity: 'error',
      message: `${path} takes ${count.min} to ${count.max} IDs, not ${value.length}`,
    });
  }
  value.forEach((id, index) => {
    const check = checkString(field, id, VPC_ID_LIMITS, {
      patternHint: `item ${index + 1}: letters, digits and hyphens only`,
    });
    problems.push(...check.problems.map(withoutFix(path)));
    // NeoVpcConfig: "IDs have the form of sg-xxxxxxxx".
    if (
      prefix !== undefined &&
      typeof id === 'string' &&
      VPC_ID_LIMITS.pattern?.test(id) &&
      !id.startsWith(prefix)
    ) {
      problems.push({
        field: path,
        severity: 'warning',
        message: `Security group IDs have the form ${prefix}xxxxxxxx; ${quote(id)} does not`,
      });
    }
  });
  return problems;
}

export function validateTags(api: JsonObject): Problem[] {
  const tags = ownValue(api, 'Tags');
  if (tags === undefined) return [];
  const field = topField('Tags');
  if (!Array.isArray(tags)) {
    return [
      {
        field: 'Tags',
        severity: 'error',
        message: `Tags must be a list of {Key, Value}, not ${describeType(tags)}`,
      },
    ];
  }
  const problems: Problem[] = [];
  if (tags.length > MAX_TAGS) {
    problems.push({
      field: 'Tags',
      severity: 'error',
      message: `Tags holds ${tags.length} tags; the API takes at most ${MAX_TAGS}`,
    });
  }
  const seen = new Set<string>();
  tags.forEach((tag, index) => {
    if (!isJsonObject(tag)) {
      problems.push({
        field: 'Tags',
        severity: 'error',
        message: `Tag ${index + 1} must be an object with Key and Value`,
      });
      return;
    }
    const extra = Object.keys(tag).filter((key) => !(TAG_KEYS as readonly string[]).includes(key));
    if (extra.length > 0) {
      problems.push({
        field: 'Tags',
        severity: 'error',
        message: `Tag ${index + 1} has ${extra.map(quote).join(', ')}; a tag holds only Key and Value`,
      });
    }
    const key = checkTagMember(field, index, 'Key', tag, TAG_KEY_LIMITS, problems);
    checkTagMember(field, index, 'Value', tag, TAG_VALUE_LIMITS, problems);
    // "Tag keys must be unique per resource."
    if (key !== undefined && seen.has(key)) {
      problems.push({
        field: 'Tags',
        severity: 'error',
        message: `Tag key ${quote(key)} appears twice; tag keys must be unique`,
      });
    }
    if (key !== undefined) seen.add(key);
  });
  return problems;
}

function checkTagMember(
  field: RequestField,
  index: number,
  member: 'Key' | 'Value',
  tag: JsonObject,
  limits: StringLimits,
  problems: Problem[],
): string | undefined {
  const value = ownValue(tag, member);
  const check = checkString({ path: `Tags[${index}].${member}`, set: field.set }, value, limits, {
    required: `each tag needs a ${member}`,
    patternHint: 'letters, digits, spaces and _ . : / = + - @ only',
  });
  problems.push(...check.problems.map(withoutFix('Tags')));
  return check.valid;
}

/**
 * A list item's problem, reported on the list: a string fix would replace the whole list, so
 * the message names the item instead.
 */
const withoutFix =
  (field: string) =>
  (problem: Problem): Problem => ({ field, severity: problem.severity, message: problem.message });
