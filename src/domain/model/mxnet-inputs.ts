/**
 * The data inputs of an MXNet symbol (`<prefix>-symbol.json`, apache/mxnet
 * python/mxnet/model.py save_checkpoint): variables are nodes with op "null"; TVM's frontend
 * treats those that are not parameters as inputs. Parameters are named in the .params file
 * (`arg:<name>` / `aux:<name>`), which is not held here, so they are told by MXNet's own naming
 * of parameters (`_weight`, `_bias`, `_gamma`, `_beta`, `_moving_mean`, `_moving_var`…);
 * label variables (`softmax_label`) are named apart: the built-in algorithms list them.
 * The symbol holds no input shape unless a variable carries `__shape__`.
 */
import { parseJsonText } from '../json/json-text';
import { isJsonObject, ownValue } from '../json/json-value';
import type { ModelDim, ModelInput } from './model-types';

const PARAMETER_SUFFIX =
  /_(weight|bias|gamma|beta|moving_mean|moving_var|running_mean|running_var|alpha|parameters|i2h_weight|h2h_weight|i2h_bias|h2h_bias)$/;

export type MxnetReading =
  | { ok: true; inputs: ModelInput[]; labels: string[]; mxnetVersion?: number }
  | { ok: false; reason: string };

function shapeAttr(text: unknown): ModelDim[] | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^\(([\d,\s]*)\)$/.exec(text.trim());
  if (!match) return undefined;
  const dims = match[1]!
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return dims.map((dim, axis) =>
    Number(dim) > 0 ? Number(dim) : { unknown: `dimension ${axis}` },
  );
}

export function readMxnetSymbol(text: string): MxnetReading {
  const parsed = parseJsonText(text);
  if (!parsed.ok || !isJsonObject(parsed.value)) return { ok: false, reason: 'it is not JSON' };
  const nodes = ownValue(parsed.value, 'nodes');
  if (!Array.isArray(nodes)) return { ok: false, reason: 'it has no "nodes" list' };
  const inputs: ModelInput[] = [];
  const labels: string[] = [];
  for (const node of nodes) {
    if (!isJsonObject(node) || ownValue(node, 'op') !== 'null') continue;
    const name = ownValue(node, 'name');
    if (typeof name !== 'string' || PARAMETER_SUFFIX.test(name)) continue;
    if (name.endsWith('_label')) {
      labels.push(name);
      continue;
    }
    const attrs = ownValue(node, 'attrs') ?? ownValue(node, 'attr');
    inputs.push({
      name,
      shape: isJsonObject(attrs) ? shapeAttr(ownValue(attrs, '__shape__')) : undefined,
    });
  }
  const attrs = ownValue(parsed.value, 'attrs');
  const version = isJsonObject(attrs) ? ownValue(attrs, 'mxnet_version') : undefined;
  const mxnetVersion =
    Array.isArray(version) && typeof version[1] === 'number' ? version[1] : undefined;
  return { ok: true, inputs, labels, mxnetVersion };
}
