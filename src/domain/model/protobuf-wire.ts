/**
 * A minimal protobuf wire-format reader (https://protobuf.dev/programming-guides/encoding/):
 * the fields of one message, each with its number and its value (a varint, a fixed number or
 * the bytes of a length-delimited field, which may be a string, a nested message or packed
 * numbers). The model readers know which numbers they want from the official .proto files
 * (onnx.proto, saved_model.proto, meta_graph.proto, tensor_shape.proto), so no schema
 * compiler, no generated code and no eval are needed. Never throws: a malformed message
 * reads as undefined.
 */

export type WireField =
  | { number: number; wire: 'varint'; value: bigint }
  | { number: number; wire: 'fixed64' | 'fixed32'; bytes: Uint8Array }
  | { number: number; wire: 'bytes'; bytes: Uint8Array };

/** Reads a varint at `at`; undefined past the end or beyond 10 bytes. */
export function readVarint(
  bytes: Uint8Array,
  at: number,
): { value: bigint; next: number } | undefined {
  let value = 0n;
  let shift = 0n;
  for (let index = at; index < bytes.length && index < at + 10; index++) {
    const byte = bytes[index]!;
    value |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return { value: BigInt.asUintN(64, value), next: index + 1 };
    shift += 7n;
  }
  return undefined;
}

/** The fields of one message in file order, or undefined when the bytes are not one. */
export function readFields(bytes: Uint8Array, limit = 1_000_000): WireField[] | undefined {
  const fields: WireField[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (fields.length >= limit) return undefined;
    const key = readVarint(bytes, at);
    if (!key) return undefined;
    const number = Number(key.value >> 3n);
    const wireType = Number(key.value & 7n);
    at = key.next;
    if (number < 1 || number > 536_870_911) return undefined;
    if (wireType === 0) {
      const varint = readVarint(bytes, at);
      if (!varint) return undefined;
      fields.push({ number, wire: 'varint', value: varint.value });
      at = varint.next;
    } else if (wireType === 1 || wireType === 5) {
      const size = wireType === 1 ? 8 : 4;
      if (at + size > bytes.length) return undefined;
      fields.push({
        number,
        wire: wireType === 1 ? 'fixed64' : 'fixed32',
        bytes: bytes.subarray(at, at + size),
      });
      at += size;
    } else if (wireType === 2) {
      const length = readVarint(bytes, at);
      if (!length || length.value > BigInt(bytes.length - length.next)) return undefined;
      const end = length.next + Number(length.value);
      fields.push({ number, wire: 'bytes', bytes: bytes.subarray(length.next, end) });
      at = end;
    } else return undefined;
  }
  return fields;
}

const decoder = new TextDecoder();

/** The last value of a string field (proto3: the last one wins), or undefined. */
export function stringField(fields: readonly WireField[], number: number): string | undefined {
  let result: string | undefined;
  for (const field of fields) {
    if (field.number === number && field.wire === 'bytes') result = decoder.decode(field.bytes);
  }
  return result;
}

/** Every string of a repeated string field. */
export function stringFields(fields: readonly WireField[], number: number): string[] {
  return fields
    .filter((field) => field.number === number && field.wire === 'bytes')
    .map((field) => decoder.decode((field as { bytes: Uint8Array }).bytes));
}

/** The last varint of a field as a signed 64-bit number (int64 −1 stays −1), or undefined. */
export function intField(fields: readonly WireField[], number: number): number | undefined {
  let result: number | undefined;
  for (const field of fields) {
    if (field.number === number && field.wire === 'varint') {
      result = Number(BigInt.asIntN(64, field.value));
    }
  }
  return result;
}

/** The nested messages of a (repeated) message field, each read; malformed ones left out. */
export function messageFields(fields: readonly WireField[], number: number): WireField[][] {
  const result: WireField[][] = [];
  for (const field of fields) {
    if (field.number !== number || field.wire !== 'bytes') continue;
    const nested = readFields(field.bytes);
    if (nested) result.push(nested);
  }
  return result;
}

/** A protobuf map<string, message>: each entry's key (field 1) and value (field 2). */
export function mapEntries(
  fields: readonly WireField[],
  number: number,
): { key: string; value: WireField[] }[] {
  return messageFields(fields, number).map((entry) => ({
    key: stringField(entry, 1) ?? '',
    value: messageFields(entry, 2)[0] ?? [],
  }));
}
