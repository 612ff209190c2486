/**
 * DataInputConfig: a *string* holding the name and shape of each model input. AWS documents
 * two forms (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InputConfig.html,
 * https://docs.aws.amazon.com/sagemaker/latest/dg/neo-compilation-preparing-model.html):
 * a dictionary of input name to shape, `{"input0":[1,3,224,224]}`, for every framework, and
 * for PyTorch also a list of shapes in input order, `[[1,3,224,224]]`. The developer guide's
 * own examples use Python quotes (`{'data': [1,3,1024,1024]}`), so both are read; what the
 * builder writes is compact JSON, as the API reference's examples are. Input names that look
 * like array indexes ("0", "12") come first once read, as in any JavaScript object.
 */
import { parsePythonStyleOptions } from '../compiler-options/api-string';
import { parseJsonText } from '../json/json-text';
import { isJsonObject, type JsonValue } from '../json/json-value';

export const DATA_INPUT_FORMS = ['dict', 'list'] as const;
export type DataInputForm = (typeof DATA_INPUT_FORMS)[number];

/** One input as the text holds it: its name (dictionary form only) and its shape as given. */
export type DataInputEntry = { name?: string; shape: JsonValue };

export type ParsedDataInputConfig =
  | { ok: true; form: DataInputForm; inputs: DataInputEntry[]; isPythonStyle: boolean }
  | { ok: false; reason: string };

/** One input as the helper edits it: a name and whole-number dimensions. */
export type ShapeInput = { name: string; dims: number[] };

/** Reads DataInputConfig text (JSON or the guide's Python-quoted form); never throws. */
export function parseDataInputConfig(text: string): ParsedDataInputConfig {
  const json = parseJsonText(text);
  if (json.ok) return readValue(json.value, false);
  // Wrapping a list in a dict lets the one Python-literal reader take both forms.
  const trimmed = text.trim();
  const python = parsePythonStyleOptions(trimmed.startsWith('[') ? `{'v': ${trimmed}}` : trimmed);
  if (!python.ok) {
    return { ok: false, reason: `it is not JSON (${json.error.message})` };
  }
  const value = trimmed.startsWith('[') ? python.value['v'] : python.value;
  if (value === undefined || (trimmed.startsWith('[') && Object.keys(python.value).length !== 1)) {
    return { ok: false, reason: 'it is not one dictionary or list' };
  }
  return readValue(value, true);
}

function readValue(value: JsonValue, isPythonStyle: boolean): ParsedDataInputConfig {
  if (Array.isArray(value)) {
    return { ok: true, form: 'list', inputs: value.map((shape) => ({ shape })), isPythonStyle };
  }
  if (isJsonObject(value)) {
    const inputs = Object.entries(value).map(([name, shape]) => ({ name, shape }));
    return { ok: true, form: 'dict', inputs, isPythonStyle };
  }
  return { ok: false, reason: 'it is neither a dictionary of input name to shape nor a list' };
}

/** The DataInputConfig string for these inputs: `{"name":[dims]}`, or `[[dims]]` as a list. */
export function buildDataInputConfig(inputs: readonly ShapeInput[], form: DataInputForm): string {
  return formatDataInputEntries(
    form,
    inputs.map(({ name, dims }) => ({ name, shape: dims })),
  );
}

/** Entries as compact JSON; fixes use it to rewrite a shape and keep everything else. */
export function formatDataInputEntries(
  form: DataInputForm,
  inputs: readonly DataInputEntry[],
): string {
  if (form === 'list') return `[${inputs.map(({ shape }) => JSON.stringify(shape)).join(',')}]`;
  // Written by hand so any name, "__proto__" included, stays a plain key in input order.
  const pairs = inputs.map(
    ({ name, shape }) => `${JSON.stringify(name ?? '')}:${JSON.stringify(shape)}`,
  );
  return `{${pairs.join(',')}}`;
}

/** A shape that is a list of whole numbers ≥ 1, or undefined. */
export function asDims(shape: JsonValue): number[] | undefined {
  if (!Array.isArray(shape) || shape.length === 0) return undefined;
  const dims = shape.filter((dim): dim is number => Number.isInteger(dim) && (dim as number) >= 1);
  return dims.length === shape.length ? dims : undefined;
}

/**
 * The inputs the helper can edit, or undefined when the text holds something it cannot show
 * as name + dimensions (then the text is edited as text, never rewritten).
 */
export function toShapeInputs(
  text: string,
): { form: DataInputForm; inputs: ShapeInput[] } | undefined {
  const parsed = parseDataInputConfig(text);
  if (!parsed.ok) return undefined;
  const inputs: ShapeInput[] = [];
  for (const [index, entry] of parsed.inputs.entries()) {
    const dims = asDims(entry.shape);
    if (dims === undefined) return undefined;
    inputs.push({ name: entry.name ?? `input${index}`, dims });
  }
  return { form: parsed.form, inputs };
}

/** Reads "1, 3, 224, 224" (commas, spaces or x between numbers) into dimensions. */
export function parseDims(text: string): number[] | undefined {
  const parts = text.split(/[\s,x×]+/).filter((part) => part !== '');
  if (parts.length === 0 || !parts.every((part) => /^[1-9]\d{0,8}$/.test(part))) return undefined;
  return parts.map(Number);
}
