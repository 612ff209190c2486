import fc from 'fast-check';
import { fixtureBytes } from '../../testing/model-fixture-files';
import { ArchiveScan, MODEL_FILE_CAP } from './archive-scan';
import { ONNX_MODEL_RULES, readOnnxInputs } from './onnx-inputs';
import { ProtobufPruner } from './protobuf-pruner';
import { readFields } from './protobuf-wire';

type Bytes = number[] | Uint8Array;
const concat = (...parts: Bytes[]) => {
  const out = new Uint8Array(parts.reduce((size, part) => size + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};
const varint = (value: number): number[] => {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  return [...bytes, rest];
};
const text = (value: string) => new TextEncoder().encode(value);
const message = (field: number, ...body: Bytes[]) => {
  const content = concat(...body);
  return concat(varint(field * 8 + 2), varint(content.length), content);
};
const number = (field: number, value: number) => concat(varint(field * 8), varint(value));

/**
 * An ONNX model written the way protobuf writes it, fields in number order: a node, the
 * initializer `weight` with `weightBytes` of raw data, then the inputs (`x` and, as older
 * exporters do, the initializer too).
 */
function onnxModel(weightBytes: number): Uint8Array {
  const dim = (size: number) => message(1, number(1, size));
  const valueInfo = (name: string, dims: number[]) =>
    message(
      11,
      message(1, text(name)),
      message(2, message(1, number(1, 1), message(2, ...dims.map(dim)))),
    );
  const initializer = message(
    5,
    number(1, 2),
    number(2, 1),
    message(8, text('weight')),
    message(9, new Uint8Array(weightBytes).fill(7)),
  );
  const node = message(1, message(1, text('x')), message(2, text('y')), message(4, text('Relu')));
  const graph = message(
    7,
    node,
    message(2, text('g')),
    initializer,
    valueInfo('x', [1, 3, 224, 224]),
    valueInfo('weight', [2]),
  );
  return concat(number(1, 7), message(2, text('pytorch')), graph, message(8, number(2, 12)));
}

function pruneInChunks(bytes: Uint8Array, chunk: number, cap = MODEL_FILE_CAP) {
  const pruner = new ProtobufPruner(ONNX_MODEL_RULES, cap);
  for (let at = 0; at < bytes.length; at += chunk) pruner.write(bytes.subarray(at, at + chunk));
  return { pruned: pruner.end(), capped: pruner.capped };
}

describe('the ONNX pruner keeps the graph description and drops the weights as they pass', () => {
  it('reads the same inputs from a pruned model as from the whole one, in any chunking', () => {
    const model = onnxModel(30_000);
    const whole = readOnnxInputs(model);
    expect(whole).toMatchObject({ ok: true, irVersion: 7, opset: 12, producer: 'pytorch' });
    expect(whole.ok && whole.inputs.map((input) => input.name)).toEqual(['x']);
    for (const chunk of [1, 3, 512, 65_536, model.length]) {
      const { pruned } = pruneInChunks(model, chunk);
      expect(pruned!.length).toBeLessThan(200);
      expect(readOnnxInputs(pruned!)).toEqual(whole);
    }
  });

  it('reads the inputs behind weights larger than the cap on kept bytes', () => {
    const model = onnxModel(5 * 2 ** 20);
    const { pruned, capped } = pruneInChunks(model, 8192, 2 ** 20);
    expect(capped).toBe(false);
    const reading = readOnnxInputs(pruned!);
    expect(reading.ok && reading.inputs).toEqual([
      { name: 'x', shape: [1, 3, 224, 224], dtype: 'float32' },
    ]);
  });

  it('the archive scan reads a real ONNX fixture the same as before, nodes dropped', () => {
    const model = fixtureBytes('model.onnx');
    const scan = new ArchiveScan('model.onnx', false);
    for (let at = 0; at < model.length; at += 37) scan.push(model.subarray(at, at + 37));
    const result = scan.finish();
    const kept = result.ok ? result.files[0]!.bytes! : undefined;
    expect(kept!.length).toBeLessThan(model.length);
    expect(readOnnxInputs(kept!)).toEqual(readOnnxInputs(model));
  });

  it('a message cut short or not protobuf at all answers undefined', () => {
    const model = onnxModel(1000);
    expect(pruneInChunks(model.subarray(0, model.length - 5), 64).pruned).toBeUndefined();
    expect(pruneInChunks(Uint8Array.from([0xff, 0xff, 0xff]), 1).pruned).toBeUndefined();
  });

  it('never throws, and what it keeps is one well-formed message', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ maxLength: 2048 }), fc.constant(fixtureBytes('model.onnx'))),
        fc.integer({ min: 1, max: 700 }),
        (bytes, chunk) => {
          const { pruned } = pruneInChunks(bytes, chunk);
          if (pruned !== undefined) expect(readFields(pruned)).toBeDefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});
