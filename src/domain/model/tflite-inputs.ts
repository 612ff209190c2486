/**
 * The inputs of a TensorFlow Lite model (tensorflow/tensorflow
 * `tensorflow/lite/schema/schema.fbs`, schema 3): file identifier "TFL3" at byte 4, root
 * Model{version 0, subgraphs 2, description 3}; "the 0th [subgraph] is assumed to be the main
 * model"; SubGraph{tensors 0, inputs 1 (tensor indices)}; Tensor{shape 0, type 1, name 3,
 * shape_signature 7 (−1 = unknown)}. Read with a small bounds-checked FlatBuffers table reader
 * (https://flatbuffers.dev/internals/) rather than generated code.
 */
import type { ModelDim, ModelInput } from './model-types';

/** TensorType (schema.fbs). */
const TFLITE_TYPES = [
  'float32',
  'float16',
  'int32',
  'uint8',
  'int64',
  'string',
  'bool',
  'int16',
  'complex64',
  'int8',
  'float64',
];

export type TfliteReading =
  | { ok: true; inputs: ModelInput[]; schemaVersion?: number; subgraphs: number }
  | { ok: false; reason: string };

class Flat {
  private view: DataView;
  constructor(private bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private check(at: number, size: number) {
    if (!Number.isInteger(at) || at < 0 || at + size > this.bytes.length) throw new RangeError();
  }
  u32(at: number) {
    this.check(at, 4);
    return this.view.getUint32(at, true);
  }
  i32(at: number) {
    this.check(at, 4);
    return this.view.getInt32(at, true);
  }
  u16(at: number) {
    this.check(at, 2);
    return this.view.getUint16(at, true);
  }
  u8(at: number) {
    this.check(at, 1);
    return this.bytes[at]!;
  }
  /** Where field `slot` of the table at `table` sits, or undefined when absent. */
  field(table: number, slot: number): number | undefined {
    const vtable = table - this.i32(table);
    const vtableSize = this.u16(vtable);
    const entry = 4 + 2 * slot;
    if (entry + 2 > vtableSize) return undefined;
    const offset = this.u16(vtable + entry);
    return offset === 0 ? undefined : table + offset;
  }
  /** A vector's first element and length, through the offset at `at`. */
  vector(at: number): { start: number; length: number } {
    const start = at + this.u32(at);
    const length = this.u32(start);
    this.check(start + 4, length);
    return { start: start + 4, length };
  }
  table(at: number) {
    return at + this.u32(at);
  }
  string(at: number) {
    const { start, length } = this.vector(at);
    return new TextDecoder().decode(this.bytes.subarray(start, start + length));
  }
  ints(at: number): number[] {
    const { start, length } = this.vector(at);
    this.check(start, length * 4);
    return Array.from({ length }, (_, index) => this.i32(start + 4 * index));
  }
}

export function hasTfliteIdentifier(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(4, 8)) === 'TFL3';
}

export function readTfliteInputs(bytes: Uint8Array): TfliteReading {
  if (bytes.length < 8 || !hasTfliteIdentifier(bytes)) {
    return { ok: false, reason: 'it lacks the TFLite file identifier "TFL3"' };
  }
  try {
    const flat = new Flat(bytes);
    const model = flat.table(0);
    const versionAt = flat.field(model, 0);
    const subgraphsAt = flat.field(model, 2);
    if (subgraphsAt === undefined) return { ok: false, reason: 'it has no subgraph' };
    const subgraphs = flat.vector(subgraphsAt);
    if (subgraphs.length === 0) return { ok: false, reason: 'it has no subgraph' };
    const main = flat.table(subgraphs.start);
    const tensorsAt = flat.field(main, 0);
    const inputsAt = flat.field(main, 1);
    if (tensorsAt === undefined || inputsAt === undefined) {
      return { ok: false, reason: 'its main subgraph lists no tensors or inputs' };
    }
    const tensors = flat.vector(tensorsAt);
    const inputs = flat.ints(inputsAt).map((index): ModelInput => {
      if (index < 0 || index >= tensors.length) throw new RangeError();
      const tensor = flat.table(tensors.start + 4 * index);
      const nameAt = flat.field(tensor, 3);
      const shapeAt = flat.field(tensor, 0);
      const signatureAt = flat.field(tensor, 7);
      const typeAt = flat.field(tensor, 1);
      const shape = shapeAt === undefined ? undefined : flat.ints(shapeAt);
      const signature = signatureAt === undefined ? undefined : flat.ints(signatureAt);
      const dims = shape?.map((size, axis): ModelDim => {
        const declared = signature?.length === shape.length ? signature[axis]! : size;
        return declared > 0 ? size : { unknown: `dimension ${axis}` };
      });
      return {
        name: nameAt === undefined ? `tensor ${index}` : flat.string(nameAt),
        shape: dims,
        dtype: TFLITE_TYPES[typeAt === undefined ? 0 : flat.u8(typeAt)],
        layout: 'NHWC',
      };
    });
    return {
      ok: true,
      inputs,
      schemaVersion: versionAt === undefined ? undefined : flat.u32(versionAt),
      subgraphs: subgraphs.length,
    };
  } catch {
    return { ok: false, reason: 'its FlatBuffer tables point outside the file' };
  }
}
