/**
 * The inputs of a TensorFlow model (tensorflow/core/protobuf/saved_model.proto,
 * meta_graph.proto, framework/tensor_shape.proto, graph.proto, attr_value.proto).
 * SavedModel{meta_graphs 2}; MetaGraphDef{meta_info_def 1 {tags 4, tensorflow_version 5},
 * signature_def 5 (map)}; SignatureDef{inputs 1 (map), method_name 3}; TensorInfo{name 1,
 * dtype 2, tensor_shape 3}; TensorShapeProto{dim 2 {size 1, name 2}, unknown_rank 3}, size −1
 * unknown. A frozen graph is a bare GraphDef{node 1 {name 1, op 2, attr 5 (map)}} whose inputs
 * are its Placeholder nodes, their shape in AttrValue{shape 7}.
 */
import type { ModelDim, ModelInput } from './model-types';
import {
  intField,
  mapEntries,
  messageFields,
  readFields,
  stringField,
  stringFields,
  type WireField,
} from './protobuf-wire';

/** tensorflow/core/framework/types.proto DataType names. */
const TF_TYPES: Record<number, string> = {
  1: 'float32',
  2: 'float64',
  3: 'int32',
  4: 'uint8',
  6: 'int8',
  7: 'string',
  9: 'int64',
  10: 'bool',
  19: 'float16',
};

export type TensorFlowReading =
  | {
      ok: true;
      inputs: ModelInput[];
      signature?: string;
      tensorflowVersion?: string;
      /** Signatures other than the one read (the user may need signature_def_key). */
      otherSignatures: string[];
    }
  | { ok: false; reason: string };

function tfShape(shape: readonly WireField[] | undefined): ModelDim[] | undefined {
  if (!shape || intField(shape, 3) === 1) return undefined;
  return messageFields(shape, 2).map((dim, index) => {
    const size = intField(dim, 1) ?? 0;
    return size > 0 ? size : { unknown: stringField(dim, 2) || `dimension ${index}` };
  });
}

export function readSavedModelInputs(bytes: Uint8Array): TensorFlowReading {
  const savedModel = readFields(bytes);
  const metaGraphs = savedModel ? messageFields(savedModel, 2) : [];
  if (metaGraphs.length === 0) return { ok: false, reason: 'it holds no MetaGraphDef' };
  const serving =
    metaGraphs.find((graph) =>
      stringFields(messageFields(graph, 1)[0] ?? [], 4).includes('serve'),
    ) ?? metaGraphs[0]!;
  const info = messageFields(serving, 1)[0] ?? [];
  const signatures = mapEntries(serving, 5).filter(({ key }) => !key.startsWith('__'));
  const chosen = signatures.find(({ key }) => key === 'serving_default') ?? signatures[0];
  if (!chosen) return { ok: false, reason: 'it has no serving signature' };
  const inputs = mapEntries(chosen.value, 1).map(({ key, value }) => {
    const dtype = intField(value, 2);
    return {
      name: key,
      shape: tfShape(messageFields(value, 3)[0]),
      dtype: dtype === undefined ? undefined : TF_TYPES[dtype],
      layout: 'NHWC' as const,
    };
  });
  return {
    ok: true,
    inputs,
    signature: chosen.key,
    tensorflowVersion: stringField(info, 5),
    otherSignatures: signatures.map(({ key }) => key).filter((key) => key !== chosen.key),
  };
}

export function readFrozenGraphInputs(bytes: Uint8Array): TensorFlowReading {
  const graph = readFields(bytes);
  if (!graph) return { ok: false, reason: 'it is not a GraphDef' };
  const inputs: ModelInput[] = [];
  for (const node of messageFields(graph, 1)) {
    if (stringField(node, 2) !== 'Placeholder') continue;
    const attrs = mapEntries(node, 5);
    const shapeAttr = attrs.find(({ key }) => key === 'shape')?.value;
    const dtypeAttr = attrs.find(({ key }) => key === 'dtype')?.value;
    const dtype = dtypeAttr && intField(dtypeAttr, 6);
    inputs.push({
      name: stringField(node, 1) ?? '',
      shape: tfShape(shapeAttr && messageFields(shapeAttr, 7)[0]),
      dtype: dtype === undefined ? undefined : TF_TYPES[dtype],
      layout: 'NHWC',
    });
  }
  if (inputs.length === 0) return { ok: false, reason: 'it has no Placeholder node' };
  return { ok: true, inputs, otherSignatures: [] };
}
