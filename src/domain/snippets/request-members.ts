/**
 * The request a snippet sends (SPEC §8.3): the filled request fields exactly as the request
 * preview shows them, and a clearly marked placeholder only for each required field left
 * empty. With every field filled, the members are the request preview's, so the snippet runs
 * with no edit. Keys the API does not know are left out: no client can send them (the
 * preview and the summary show and flag them).
 */
import { clientVersionNotes } from './client-version-note';
import { withKey } from '../draft';
import { isJsonObject, ownValue, type JsonObject, type JsonValue } from '../json/json-value';
import { INPUT_CONFIG_KEYS, REQUEST_KEYS } from '../request/request-keys';
import {
  INPUT_CONFIG_PLACEHOLDER,
  JOB_NAME_PLACEHOLDER,
  REPLACE_NOTE,
  regionNote,
  ROLE_ARN_PLACEHOLDER,
} from './placeholders';
import { DEFAULT_STOPPING_CONDITION } from '../request/request-defaults';
import type { SnippetInput } from './snippet-input';

export type SnippetMemberKey = (typeof REQUEST_KEYS)[number] | 'OutputConfig';
export type SnippetMember = { key: SnippetMemberKey; value: JsonValue };

export type SnippetRequest = {
  /** The members in the API model's order, OutputConfig included. */
  members: SnippetMember[];
  /** True when a placeholder stands in for an empty required field. */
  hasPlaceholders: boolean;
};

/**
 * The members for the request fields (the API object of the request draft, empty values
 * already left out) around the given OutputConfig.
 */
export function snippetRequest(request: JsonObject, outputConfig: JsonValue): SnippetRequest {
  let hasPlaceholders = false;
  const filledOr = (key: string, placeholder: JsonValue): JsonValue => {
    const value = ownValue(request, key);
    if (value !== undefined) return value;
    hasPlaceholders = true;
    return placeholder;
  };
  const members: SnippetMember[] = [
    { key: 'CompilationJobName', value: filledOr('CompilationJobName', JOB_NAME_PLACEHOLDER) },
    { key: 'RoleArn', value: filledOr('RoleArn', ROLE_ARN_PLACEHOLDER) },
  ];
  const packageArn = ownValue(request, 'ModelPackageVersionArn');
  if (packageArn !== undefined) members.push({ key: 'ModelPackageVersionArn', value: packageArn });
  const input = ownValue(request, 'InputConfig');
  if (input !== undefined || packageArn === undefined) {
    const filled = inputConfig(input);
    hasPlaceholders ||= filled.hasPlaceholders;
    members.push({ key: 'InputConfig', value: filled.value });
  }
  members.push({ key: 'OutputConfig', value: outputConfig });
  const vpc = ownValue(request, 'VpcConfig');
  if (vpc !== undefined) members.push({ key: 'VpcConfig', value: vpc });
  // Not a placeholder: the default the request preview shows too (request-defaults).
  members.push({
    key: 'StoppingCondition',
    value: ownValue(request, 'StoppingCondition') ?? DEFAULT_STOPPING_CONDITION,
  });
  const tags = ownValue(request, 'Tags');
  if (tags !== undefined) members.push({ key: 'Tags', value: tags });
  return { members, hasPlaceholders };
}

/**
 * InputConfig: the whole placeholder when none is given; a given one with placeholders for
 * its missing required members (S3Uri, Framework) only, so nothing the user set is replaced.
 */
function inputConfig(given: JsonValue | undefined): { value: JsonValue; hasPlaceholders: boolean } {
  if (given === undefined) return { value: INPUT_CONFIG_PLACEHOLDER, hasPlaceholders: true };
  if (!isJsonObject(given)) return { value: given, hasPlaceholders: false };
  let value: JsonObject = given;
  let hasPlaceholders = false;
  for (const member of ['S3Uri', 'Framework']) {
    if (ownValue(given, member) !== undefined) continue;
    value = withKey(value, member, ownValue(INPUT_CONFIG_PLACEHOLDER, member), INPUT_CONFIG_KEYS);
    hasPlaceholders = true;
  }
  return { value, hasPlaceholders };
}

/** The members as one object, e.g. the SDK v3 `input` or what a client is expected to send. */
export function membersObject(members: readonly SnippetMember[]): JsonObject {
  const object: JsonObject = {};
  for (const { key, value } of members) object[key] = value;
  return object;
}

/**
 * What to know before running a snippet: which values to replace (only while a placeholder is
 * left), why the region is pinned, and the oldest client that knows every field it sends. The Python and JavaScript snippets carry these as
 * comments; the shell command does not (a pasted `#` line is a command in interactive zsh), so
 * the page shows them beside it.
 */
export function snippetNotes({
  region,
  request = {},
}: Omit<SnippetInput, 'outputConfigJson'>): string[] {
  return [
    ...(snippetRequest(request, null).hasPlaceholders ? REPLACE_NOTE : []),
    ...(region === undefined ? [] : [regionNote(region)]),
    ...clientVersionNotes(request),
  ];
}
