/**
 * Keeps the parts of a protobuf message that a reader needs while the bytes stream past, and
 * drops the rest unheld (SPEC 9.1: weights are skipped, not held). An ONNX model of several
 * hundred MB is nearly all initializer data, and its graph inputs come after that data in the
 * file (protobuf writes fields in number order: initializer 5 before input 11), so a cap on the
 * kept bytes would cut exactly what the check reads. The pruned result is itself a valid
 * message of the same schema (each kept nested message re-encoded with its new length), so the
 * reader that parses a small model whole parses it unchanged.
 */

/** What to do with one field of a message: keep it whole, drop it, or prune inside it. */
export type FieldRule = 'keep' | 'skip' | PruneRules;

/** The rule for each field number; fields not named are dropped. */
export type PruneRules = { readonly [field: number]: FieldRule };

type Frame = {
  rules: PruneRules;
  /** Bytes of this message still to come (the root: unbounded). */
  remaining: number;
  /** The field's key in the parent, re-emitted with the pruned length when the frame closes. */
  key: Uint8Array;
  out: Uint8Array[];
  outSize: number;
};

type State =
  | { kind: 'key' }
  | { kind: 'varint'; keep: boolean }
  | { kind: 'length'; field: number; key: Uint8Array; rule: FieldRule }
  | { kind: 'fixed'; left: number; keep: boolean }
  | { kind: 'bytes'; left: number; keep: boolean };

const encodeVarint = (value: number): Uint8Array => {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return Uint8Array.from(bytes);
};

/** Feed with write(), then end(): the pruned message, or undefined when the bytes were not one. */
export class ProtobufPruner {
  private readonly stack: Frame[];
  private state: State = { kind: 'key' };
  /** The bytes of the varint being read (a key, a value or a length), across chunks. */
  private varint: number[] = [];
  private failed = false;
  /** True when the kept bytes reached the cap and later ones were dropped. */
  capped = false;
  private kept = 0;

  constructor(
    rules: PruneRules,
    private readonly cap: number,
  ) {
    this.stack = [
      { rules, remaining: Number.POSITIVE_INFINITY, key: new Uint8Array(), out: [], outSize: 0 },
    ];
  }

  write(chunk: Uint8Array): void {
    let at = 0;
    while (at < chunk.length && !this.failed) at = this.step(chunk, at);
  }

  end(): Uint8Array | undefined {
    if (this.failed || this.stack.length > 1 || this.state.kind !== 'key' || this.varint.length > 0)
      return undefined;
    return concat(this.stack[0]!.out, this.stack[0]!.outSize);
  }

  private get top(): Frame {
    return this.stack[this.stack.length - 1]!;
  }

  private emit(bytes: Uint8Array) {
    if (bytes.length === 0) return;
    if (this.kept + bytes.length > this.cap) {
      this.capped = true;
      return;
    }
    this.kept += bytes.length;
    this.top.out.push(bytes.slice());
    this.top.outSize += bytes.length;
  }

  /** Counts bytes read against every open message; closes those that are complete. */
  private consumed(count: number) {
    for (const frame of this.stack) frame.remaining -= count;
    if (this.top.remaining < 0) this.failed = true;
    while (this.stack.length > 1 && this.top.remaining === 0) {
      const frame = this.stack.pop()!;
      const body = concat(frame.out, frame.outSize);
      this.kept -= frame.outSize;
      this.emit(concat([frame.key, encodeVarint(body.length), body]));
    }
  }

  /** Reads one varint byte; answers the value once it is complete. */
  private varintByte(byte: number): number | undefined {
    this.varint.push(byte);
    if (this.varint.length > 10) this.failed = true;
    if (byte & 0x80) return undefined;
    let value = 0;
    for (let index = this.varint.length - 1; index >= 0; index--) {
      value = value * 0x80 + (this.varint[index]! & 0x7f);
    }
    return value;
  }

  private step(chunk: Uint8Array, at: number): number {
    const state = this.state;
    if (state.kind === 'fixed' || state.kind === 'bytes') {
      const take = Math.min(state.left, chunk.length - at);
      if (state.keep) this.emit(chunk.subarray(at, at + take));
      state.left -= take;
      this.consumed(take);
      if (state.left === 0) this.state = { kind: 'key' };
      return at + take;
    }
    const value = this.varintByte(chunk[at]!);
    this.consumed(1);
    if (value === undefined) return at + 1;
    const bytes = Uint8Array.from(this.varint);
    this.varint = [];
    if (state.kind === 'varint') {
      if (state.keep) this.emit(bytes);
      this.state = { kind: 'key' };
    } else if (state.kind === 'length') {
      this.openLengthDelimited(state, bytes, value);
    } else {
      this.readKey(bytes, value);
    }
    return at + 1;
  }

  private readKey(key: Uint8Array, value: number) {
    const field = Math.floor(value / 8);
    const wire = value % 8;
    const rule = this.top.rules[field] ?? 'skip';
    if (field < 1 || (rule !== 'keep' && rule !== 'skip' && wire !== 2)) {
      this.failed = true;
      return;
    }
    const keep = rule === 'keep';
    if (wire === 0) {
      if (keep) this.emit(key);
      this.state = { kind: 'varint', keep };
    } else if (wire === 1 || wire === 5) {
      if (keep) this.emit(key);
      this.state = { kind: 'fixed', left: wire === 1 ? 8 : 4, keep };
    } else if (wire === 2) {
      this.state = { kind: 'length', field, key, rule };
    } else {
      this.failed = true;
    }
  }

  private openLengthDelimited(
    state: { key: Uint8Array; rule: FieldRule },
    lengthBytes: Uint8Array,
    length: number,
  ) {
    if (length > this.top.remaining) {
      this.failed = true;
      return;
    }
    if (state.rule === 'keep' || state.rule === 'skip') {
      const keep = state.rule === 'keep';
      if (keep) {
        this.emit(state.key);
        this.emit(lengthBytes);
      }
      this.state = length === 0 ? { kind: 'key' } : { kind: 'bytes', left: length, keep };
      return;
    }
    this.state = { kind: 'key' };
    this.stack.push({ rules: state.rule, remaining: length, key: state.key, out: [], outSize: 0 });
    this.consumed(0);
  }
}

function concat(
  parts: readonly Uint8Array[],
  size = parts.reduce((sum, part) => sum + part.length, 0),
) {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
