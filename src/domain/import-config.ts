/**
 * Import (SPEC §4.7): finds the OutputConfig in pasted or dropped JSON — a bare OutputConfig
 * (also what `aws sagemaker create-compilation-job --output-config` takes), a
 * CreateCompilationJob request or a DescribeCompilationJob response. Only CompilerOptions is
 * normalised (an object or Python-style dict text becomes the API's JSON string, with a notice);
 * everything else is kept exactly as given for the validator to judge (SPEC §5.1).
 */
import { OUTPUT_CONFIG_KEYS } from './api-values';
import { formatOptionsObject, parsePythonStyleOptions } from './compiler-options/api-string';
import { withKey, type OutputConfigDraft } from './draft';
import { parseJsonText } from './json/json-text';
import { isJsonObject, ownValue, type JsonObject, type JsonValue } from './json/json-value';
import { tokenizeJson } from './json/json-tokens';
import type { RequestDraft } from './request/request-draft';
import { REQUEST_KEYS } from './request/request-keys';
import { suggestSpelling } from './spelling-slips';
import { describeType } from './value-text';

export type ImportSource =
  'OutputConfig' | 'CreateCompilationJob request' | 'DescribeCompilationJob response';

export type ImportResult =
  | {
      ok: true;
      draft: OutputConfigDraft;
      source: ImportSource;
      notices: string[];
      /** The request fields around OutputConfig, when the text was a request or a response. */
      request?: RequestDraft;
    }
  | { ok: false; error: { message: string; line?: number; column?: number } };

export const MAX_IMPORT_BYTES = 32 * 1024;

// Members only a DescribeCompilationJob response has.
const RESPONSE_KEYS = [
  'CompilationJobArn',
  'CompilationJobStatus',
  'CreationTime',
  'ModelArtifacts',
];
const WHAT_TO_PASTE =
  'an OutputConfig, a CreateCompilationJob request or a DescribeCompilationJob response';

/** Reads pasted or dropped text into a draft; never throws, and a failure carries a clear message. */
export function importConfig(text: string): ImportResult {
  // text.length is a lower bound of the UTF-8 size: it rejects huge input without encoding it.
  if (text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
    return failure(
      `The text is over 32 KiB; an OutputConfig is far smaller. Paste ${WHAT_TO_PASTE}`,
    );
  }
  if (text.trim() === '') return failure(`The text is empty. Paste ${WHAT_TO_PASTE}`);
  const read = readPasted(text);
  if (!read.ok) return read;
  const root = read.value;
  if (!isJsonObject(root)) {
    return failure(`Expected a JSON object (${WHAT_TO_PASTE}), found ${describeType(root)}`);
  }
  const located = locateOutputConfig(root);
  if (!located.ok) return located;
  const { draft, notice } = normaliseCompilerOptions(located.config);
  const notices = [...read.notices];
  if (notice) notices.push(notice);
  if (located.source === 'OutputConfig')
    return { ok: true, draft, source: located.source, notices };
  const request = requestFields(root, located.source);
  notices.unshift(
    Object.keys(request).length === 0
      ? `Took OutputConfig from the ${located.source}.`
      : `Took OutputConfig from the ${located.source}, and the request fields around it.`,
  );
  return { ok: true, draft, source: located.source, notices, request };
}

/**
 * The request fields around OutputConfig. A request keeps everything else as given (unknown keys
 * included, for the validator to flag); a response keeps only the request members, in the
 * request's order, since its status fields (CompilationJobStatus, CreationTime, ModelArtifacts…)
 * are not part of a request.
 */
function requestFields(root: JsonObject, source: ImportSource): RequestDraft {
  const entries =
    source === 'DescribeCompilationJob response'
      ? REQUEST_KEYS.filter((key) => Object.hasOwn(root, key)).map((key) => [key, root[key]])
      : Object.entries(root).filter(([key]) => key !== 'OutputConfig');
  return Object.fromEntries(entries) as RequestDraft;
}

type Read =
  | { ok: true; value: JsonValue; notices: string[] }
  | { ok: false; error: { message: string; line?: number; column?: number } };

const BOTO3_PREFIX = /^\s*OutputConfig\s*=\s*/;

/**
 * JSON, or the two things people paste that are nearly JSON, each read with a notice: JSON
 * with trailing commas (removed), and `OutputConfig={...}` from a boto3 script (a Python dict).
 * Anything else fails with the JSON parser's position.
 */
function readPasted(text: string): Read {
  if (BOTO3_PREFIX.test(text)) {
    const dict = text.replace(BOTO3_PREFIX, '').replace(/[\s,)]*$/, '');
    const python = parsePythonStyleOptions(dict);
    return python.ok
      ? {
          ok: true,
          value: python.value,
          notices: ['Read OutputConfig from Python (boto3) code; it was converted to JSON.'],
        }
      : { ok: false, error: { message: `Not valid Python: ${python.reason}` } };
  }
  const parsed = parseJsonText(text);
  if (parsed.ok) return { ok: true, value: parsed.value, notices: [] };
  const repaired = withoutTrailingCommas(text);
  const reparsed = repaired.lines.length > 0 ? parseJsonText(repaired.text) : undefined;
  if (reparsed?.ok) {
    const count = repaired.lines.length;
    const what = count === 1 ? 'a trailing comma' : `${count} trailing commas`;
    return {
      ok: true,
      value: reparsed.value,
      notices: [
        `Removed ${what}, which JSON does not allow (line ${[...new Set(repaired.lines)].join(', ')}).`,
      ],
    };
  }
  const { message, line, column } = parsed.error;
  return { ok: false, error: { message: `Not valid JSON: ${message}`, line, column } };
}

/** Drops each comma that only spaces separate from a closing } or ], outside strings. */
function withoutTrailingCommas(text: string): { text: string; lines: number[] } {
  const tokens = tokenizeJson(text);
  const lines: number[] = [];
  let line = 1;
  const kept = tokens.filter((token, index) => {
    let after = index + 1;
    while (tokens[after]?.kind === 'space') after += 1;
    const next = tokens[after];
    const isTrailing = token.text === ',' && (next?.text === '}' || next?.text === ']');
    if (isTrailing) lines.push(line);
    line += token.text.split('\n').length - 1;
    return !isTrailing;
  });
  return { text: kept.map((token) => token.text).join(''), lines };
}

function failure(message: string): ImportResult {
  return { ok: false, error: { message } };
}

type Located =
  | { ok: true; config: JsonObject; source: ImportSource }
  | { ok: false; error: { message: string } };

function locateOutputConfig(root: JsonObject): Located {
  if (Object.hasOwn(root, 'OutputConfig')) {
    const config = ownValue(root, 'OutputConfig');
    if (!isJsonObject(config)) {
      return {
        ok: false,
        error: {
          message: `OutputConfig must be a JSON object, found ${describeType(config ?? null)}`,
        },
      };
    }
    const isResponse = RESPONSE_KEYS.some((key) => Object.hasOwn(root, key));
    return {
      ok: true,
      config,
      source: isResponse ? 'DescribeCompilationJob response' : 'CreateCompilationJob request',
    };
  }
  // A bare OutputConfig: empty (the preview of an empty draft), or with at least one of its keys,
  // even misspelled ("targetDevice"), which the validator then offers to rename.
  const keys = Object.keys(root);
  const looksLikeOutputConfig =
    keys.length === 0 ||
    keys.some(
      (key) =>
        (OUTPUT_CONFIG_KEYS as readonly string[]).includes(key) ||
        suggestSpelling(key, OUTPUT_CONFIG_KEYS),
    );
  if (looksLikeOutputConfig) return { ok: true, config: root, source: 'OutputConfig' };
  return { ok: false, error: { message: `No OutputConfig found. Paste ${WHAT_TO_PASTE}` } };
}

function normaliseCompilerOptions(config: JsonObject): {
  draft: OutputConfigDraft;
  notice?: string;
} {
  const options = ownValue(config, 'CompilerOptions');
  if (isJsonObject(options)) {
    const text = formatOptionsObject(options);
    return {
      draft: withKey(config, 'CompilerOptions', text),
      notice: `CompilerOptions was a JSON object; the API takes it as a string, so it became ${text}`,
    };
  }
  if (typeof options !== 'string' || parseJsonText(options).ok) return { draft: config };
  const python = parsePythonStyleOptions(options);
  if (!python.ok) return { draft: config };
  const text = formatOptionsObject(python.value);
  return {
    draft: withKey(config, 'CompilerOptions', text),
    notice: `CompilerOptions used Python-style quotes; it was converted to JSON: ${text}`,
  };
}
