/**
 * The inputs of an ONNX model (onnx/onnx `onnx/onnx.proto`): ModelProto{ir_version 1,
 * producer_name 2, graph 7, opset_import 8 {domain 1, version 2}}; GraphProto{initializer 5,
 * input 11, sparse_initializer 15}; TensorProto{name 8}; SparseTensorProto{values 1};
 * ValueInfoProto{name 1, type 2}; TypeProto{tensor_type 1 {elem_type 1, shape 2}};
 * TensorShapeProto{dim 1 {dim_value 1, dim_param 2}}. Initializers "MAY also appear in the input
 * list", so the model's inputs are the graph inputs that are not initializers (as TVM reads it).
 */
import type { ModelDim, ModelInput } from './model-types';
import type { PruneRules } from './protobuf-pruner';
import { intField, messageFields, readFields, stringField, type WireField } from './protobuf-wire';

/** TensorProto.DataType names (onnx.proto). */
const ONNX_TYPES: Record<number, string> = {
  1: 'float32',
  2: 'uint8',
  3: 'int8',
  4: 'uint16',
  5: 'int16',
  6: 'int32',
  7: 'int64',
  8: 'string',
  9: 'bool',
  10: 'float16',
  11: 'float64',
  12: 'uint32',
  13: 'uint64',
  16: 'bfloat16',
};

/**
 * What readOnnxInputs reads, for the archive scan to keep while the weights stream past:
 * ModelProto's own small fields and its graph's name, inputs, outputs and the names (only) of
 * its initializers and sparse initializers.
 */
export const ONNX_MODEL_RULES: PruneRules = {
  1: 'keep',
  2: 'keep',
  3: 'keep',
  4: 'keep',
  5: 'keep',
  7: { 2: 'keep', 5: { 8: 'keep' }, 11: 'keep', 12: 'keep', 15: { 1: { 8: 'keep' } } },
  8: 'keep',
};

export type OnnxReading =
  | { ok: true; inputs: ModelInput[]; irVersion?: number; opset?: number; producer?: string }
  | { ok: false; reason: string };

export function shapeDims(shape: readonly WireField[], dimField: number): ModelDim[] {
  return messageFields(shape, dimField).map((dim, index) => {
    const value = intField(dim, 1);
    if (value !== undefined && value > 0) return value;
    return { unknown: stringField(dim, 2) || `dimension ${index}` };
  });
}

export function readOnnxInputs(bytes: Uint8Array): OnnxReading {
  const model = readFields(bytes);
  const graph = model && messageFields(model, 7)[0];
  if (!model || !graph) return { ok: false, reason: 'it is not an ONNX ModelProto (no graph)' };
  const initializers = new Set(
    messageFields(graph, 5).map((tensor) => stringField(tensor, 8) ?? ''),
  );
  for (const sparse of messageFields(graph, 15)) {
    const values = messageFields(sparse, 1)[0];
    if (values) initializers.add(stringField(values, 8) ?? '');
  }
  const inputs: ModelInput[] = [];
  for (const info of messageFields(graph, 11)) {
    const name = stringField(info, 1) ?? '';
    if (initializers.has(name)) continue;
    const tensor = messageFields(messageFields(info, 2)[0] ?? [], 1)[0];
    const shape = tensor && messageFields(tensor, 2)[0];
    const elemType = tensor && intField(tensor, 1);
    inputs.push({
      name,
      shape: shape ? shapeDims(shape, 1) : undefined,
      dtype: elemType === undefined ? undefined : ONNX_TYPES[elemType],
    });
  }
  const defaultOpset = messageFields(model, 8).find((opset) => !stringField(opset, 1));
  return {
    ok: true,
    inputs,
    irVersion: intField(model, 1),
    opset: defaultOpset && intField(defaultOpset, 2),
    producer: stringField(model, 2),
  };
}
