/**
 * The request edits a FailureReason's explanation offers (SPEC §10.2), each a pure edit of the
 * request draft built against the request as it is now: undefined when the request already
 * holds what the fix would set, so a fix applied once is not offered again.
 */
import { toApiObject, type OutputConfigDraft } from '../draft';
import type { JsonValue } from '../json/json-value';
import type { Fix } from '../problem';
import { readTarget } from '../target/target';
import { quote } from '../value-text';
import {
  asDims,
  formatDataInputEntries,
  parseDataInputConfig,
  type DataInputEntry,
} from '../request/data-input-config';
import { DOCUMENTED_VERSIONS, majorMinor, targetFamily } from '../request/framework-facts';
import type { RequestDraft } from '../request/request-draft';
import { structureMember } from '../request/request-edits';
import { memberField, topField } from '../request/request-field-rules';
import {
  frameworkSchema,
  JOB_NAME_LIMITS,
  MAX_RUNTIME_LIMIT,
  RECOMMENDED_MAX_RUNTIME,
} from '../request/request-values';
import { setTo } from '../request/string-rule';
import { completeProposal, proposeInputs } from '../model/input-proposal';
import type { ModelCheck } from '../model/model-types';

/** What a fix is built from: the request and OutputConfig now, and what the text named. */
export type FixContext = {
  request: RequestDraft;
  outputConfig: OutputConfigDraft;
  /** Values the matched text carried (an input name, a version…), by the entry's own keys. */
  details: Readonly<Record<string, string>>;
  /** What the model check read from the archive, when the user had it check one. */
  model?: ModelCheck;
};

/** The first of these fixes that applies to the request now. */
export const firstFixOf =
  (...fixes: ((context: FixContext) => Fix | undefined)[]) =>
  (context: FixContext): Fix | undefined => {
    for (const fix of fixes) {
      const applies = fix(context);
      if (applies !== undefined) return applies;
    }
    return undefined;
  };

const VERSION = memberField('InputConfig', 'FrameworkVersion');
const DATA_INPUT = memberField('InputConfig', 'DataInputConfig');
const S3_URI = memberField('InputConfig', 'S3Uri');
const MAX_RUNTIME = memberField('StoppingCondition', 'MaxRuntimeInSeconds');
const JOB_NAME = topField('CompilationJobName');

const stringMember = (request: RequestDraft, member: string): string | undefined => {
  const value = structureMember(request, 'InputConfig', member);
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** Drops FrameworkVersion (the target or the client rejected it). */
export function dropFrameworkVersion({ request }: FixContext): Fix | undefined {
  return stringMember(request, 'FrameworkVersion') === undefined
    ? undefined
    : setTo(VERSION, undefined, 'Remove FrameworkVersion');
}

/**
 * Sets FrameworkVersion to the newest version the guide lists for the request's framework on
 * the OutputConfig's target family, when the request holds another one.
 */
export function useDocumentedVersion({ request, outputConfig }: FixContext): Fix | undefined {
  const framework = frameworkSchema.safeParse(stringMember(request, 'Framework'));
  if (!framework.success) return undefined;
  const family = targetFamily(readTarget(toApiObject(outputConfig)));
  const listed = family && DOCUMENTED_VERSIONS[family][framework.data];
  const newest = listed?.at(-1);
  if (newest === undefined) return undefined;
  const current = stringMember(request, 'FrameworkVersion');
  if (current !== undefined && listed!.includes(majorMinor(current))) return undefined;
  return setTo(VERSION, newest, `Set FrameworkVersion to ${newest}`);
}

/** A 4-D channels-last shape (or 3-D without batch) as NCHW; undefined when it is not one. */
function toNchw(shape: JsonValue): number[] | undefined {
  const dims = asDims(shape);
  if (dims === undefined) return undefined;
  const isChannels = (n: number) => n === 1 || n === 3 || n === 4;
  if (dims.length === 4) {
    const [n, h, w, c] = dims as [number, number, number, number];
    return isChannels(c) && h > 4 && w > 4 ? [n, c, h, w] : undefined;
  }
  if (dims.length === 3) {
    const [h, w, c] = dims as [number, number, number];
    return isChannels(c) && h > 4 && w > 4 ? [1, c, h, w] : undefined;
  }
  return undefined;
}

/**
 * The DataInputConfig the checked model's inputs give with nothing left to ask (every size
 * known, a free batch taken as 1), in its Framework's form and layout, when the request does
 * not hold it yet.
 */
export function useModelInputs({ request, model }: FixContext): Fix | undefined {
  const proposal = model && proposeInputs(model);
  if (proposal === undefined) return undefined;
  const { text } = completeProposal(proposal, {});
  if (text === undefined || stringMember(request, 'DataInputConfig') === text) return undefined;
  return setTo(DATA_INPUT, text, `Use the model’s inputs: ${text}`);
}

/** Reorders each channels-last Keras shape in DataInputConfig to NCHW. */
export function reorderToNchw({ request }: FixContext): Fix | undefined {
  const text = stringMember(request, 'DataInputConfig');
  if (text === undefined) return undefined;
  const parsed = parseDataInputConfig(text);
  if (!parsed.ok) return undefined;
  let changed = false;
  const inputs: DataInputEntry[] = parsed.inputs.map((entry) => {
    const nchw = toNchw(entry.shape);
    if (nchw === undefined) return entry;
    changed = true;
    return { ...entry, shape: nchw };
  });
  if (!changed) return undefined;
  const next = formatDataInputEntries(parsed.form, inputs);
  return setTo(DATA_INPUT, next, `Reorder DataInputConfig to NCHW: ${next}`);
}

/** Points S3Uri at a `.tar.gz` of the same name when it names another kind of file. */
export function pointAtTarGz({ request }: FixContext): Fix | undefined {
  const uri = stringMember(request, 'S3Uri');
  if (uri === undefined || /\.tar\.gz$/i.test(uri) || uri.endsWith('/')) return undefined;
  const slash = uri.lastIndexOf('/');
  const name = uri.slice(slash + 1);
  if (slash < 0 || name === '') return undefined;
  const stem = name.replace(/\.(tar|tgz|gz|zip|pth?|pb|h5|onnx|tflite|model|params|json)$/i, '');
  const next = `${uri.slice(0, slash + 1)}${stem.replace(/\.tar$/i, '')}.tar.gz`;
  return setTo(S3_URI, next, `Point S3Uri at ${quote(next.slice(slash + 1))}`);
}

/** Raises MaxRuntimeInSeconds: to the recommended 900 s when lower, else doubles it. */
export function raiseMaxRuntime({ request }: FixContext): Fix | undefined {
  const current = structureMember(request, 'StoppingCondition', 'MaxRuntimeInSeconds');
  const seconds = typeof current === 'number' && current > 0 ? current : undefined;
  const next =
    seconds === undefined || seconds < RECOMMENDED_MAX_RUNTIME
      ? RECOMMENDED_MAX_RUNTIME
      : Math.min(seconds * 2, MAX_RUNTIME_LIMIT);
  if (next === seconds) return undefined;
  return setTo(MAX_RUNTIME, next, `Set MaxRuntimeInSeconds to ${next}`);
}

/**
 * The next free-looking name: `name-2`, or the trailing number raised (`name-2` → `name-3`),
 * cut so it stays within the API's 63 characters and pattern.
 */
export function nextJobName(name: string): string {
  const numbered = /^(.*?)-(\d+)$/.exec(name);
  const stem = numbered ? numbered[1]! : name;
  const suffix = `-${numbered ? Number(numbered[2]) + 1 : 2}`;
  const cut = stem.slice(0, JOB_NAME_LIMITS.max - suffix.length).replace(/-+$/, '');
  const next = `${cut}${suffix}`;
  return JOB_NAME_LIMITS.pattern!.test(next) ? next : `compilation-job${suffix}`;
}

/**
 * A new CompilationJobName while the request still holds the failed job's: CreateCompilationJob
 * refuses a name that exists in the account and Region, and a failed job keeps its name.
 */
export function newJobName(request: RequestDraft, failedName: string | undefined): Fix | undefined {
  const current = request['CompilationJobName'];
  if (failedName === undefined || current !== failedName) return undefined;
  const next = nextJobName(failedName);
  return setTo(JOB_NAME, next, `Use a new CompilationJobName: ${next}`);
}
