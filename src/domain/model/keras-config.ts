/**
 * The inputs of a Keras model from its `model_config` attribute (keras-team/keras
 * `keras/engine/saving.py`, Keras 2.2): a JSON `{"class_name", "config"}`. Functional models
 * ("Model", "Functional") list their `input_layers` and have one InputLayer each, whose config
 * holds `batch_input_shape` (Keras 3: `batch_shape`), e.g. [null, 224, 224, 3]. A Sequential
 * model's first layer carries `batch_input_shape`; Keras names its input "<layer>_input".
 * Keras files are channels-last (NHWC).
 */
import { parseJsonText } from '../json/json-text';
import { isJsonObject, ownValue, type JsonObject, type JsonValue } from '../json/json-value';
import type { ModelDim, ModelInput } from './model-types';

export type KerasReading =
  { ok: true; inputs: ModelInput[]; className: string } | { ok: false; reason: string };

const object = (value: JsonValue | undefined): JsonObject | undefined =>
  isJsonObject(value) ? value : undefined;
const list = (value: JsonValue | undefined): JsonValue[] => (Array.isArray(value) ? value : []);

function shapeOf(config: JsonObject | undefined): ModelDim[] | undefined {
  const shape =
    config && (ownValue(config, 'batch_input_shape') ?? ownValue(config, 'batch_shape'));
  if (!Array.isArray(shape)) return undefined;
  return shape.map((dim, axis) =>
    typeof dim === 'number' && Number.isInteger(dim) && dim > 0
      ? dim
      : { unknown: axis === 0 ? 'batch' : `dimension ${axis}` },
  );
}

function input(name: string, config: JsonObject | undefined): ModelInput {
  const dtype = config && ownValue(config, 'dtype');
  return {
    name,
    shape: shapeOf(config),
    dtype: typeof dtype === 'string' ? dtype : undefined,
    layout: 'NHWC',
  };
}

export function readKerasConfig(text: string): KerasReading {
  const parsed = parseJsonText(text);
  const root = parsed.ok ? object(parsed.value) : undefined;
  if (!root) return { ok: false, reason: 'model_config is not a JSON object' };
  const className = String(ownValue(root, 'class_name') ?? '');
  const config = ownValue(root, 'config');
  const layers = Array.isArray(config)
    ? config
    : list(object(config) && ownValue(object(config)!, 'layers'));
  const layerList = layers.map(object).filter((layer) => layer !== undefined);
  const layerConfig = (layer: JsonObject) => object(ownValue(layer, 'config'));
  const layerName = (layer: JsonObject) =>
    String(ownValue(layer, 'name') ?? ownValue(layerConfig(layer) ?? {}, 'name') ?? '');

  if (className === 'Sequential') {
    const first = layerList[0];
    if (!first) return { ok: false, reason: 'the Sequential model has no layers' };
    if (ownValue(first, 'class_name') === 'InputLayer') {
      return { ok: true, className, inputs: [input(layerName(first), layerConfig(first))] };
    }
    return {
      ok: true,
      className,
      inputs: [input(`${layerName(first)}_input`, layerConfig(first))],
    };
  }
  const inputLayers = list(object(config) && ownValue(object(config)!, 'input_layers'));
  const names = inputLayers
    .map((entry) => (Array.isArray(entry) ? entry[0] : entry))
    .filter((name): name is string => typeof name === 'string');
  const byName = new Map(layerList.map((layer) => [layerName(layer), layer]));
  const inputs =
    names.length > 0
      ? names.map((name) => input(name, byName.get(name) && layerConfig(byName.get(name)!)))
      : layerList
          .filter((layer) => ownValue(layer, 'class_name') === 'InputLayer')
          .map((layer) => input(layerName(layer), layerConfig(layer)));
  if (inputs.length === 0) return { ok: false, reason: 'model_config names no input layer' };
  return { ok: true, className, inputs };
}
