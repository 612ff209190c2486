/**
 * A streaming walk over a ZIP file's local headers (APPNOTE.TXT 4.3.7): it is fed the file in
 * chunks and lists each entry's name, keeping the bytes of the few small entries asked for,
 * so a TorchScript archive of any size passes through without being held. PyTorch writes its
 * archives uncompressed with sizes in the local headers (caffe2/serialize/inline_container.cc);
 * an entry sized only in a trailing data descriptor ends the walk (the names seen so far stay).
 * Never throws.
 */

export type ZipWalk = {
  names: string[];
  /** Kept entries' bytes by name. */
  kept: Map<string, Uint8Array>;
  /** Why the walk stopped early, if it did. */
  stopped?: string;
  /** The first bytes, for the format's magic numbers. */
  head: Uint8Array;
};

const LOCAL = 0x04034b50;
const MAX_NAMES = 100_000;

export class ZipWalker {
  private buffer = new Uint8Array(0);
  private skip = 0;
  private keep: { name: string; bytes: Uint8Array; fill: number } | undefined;
  private done = false;
  private head = new Uint8Array(0);
  readonly walk: ZipWalk = { names: [], kept: new Map(), head: new Uint8Array(0) };

  constructor(
    private readonly wants: (name: string, size: number) => boolean,
    private readonly keepCap = 65536,
  ) {}

  push(chunk: Uint8Array): void {
    if (this.head.length < 16) {
      const head = new Uint8Array(Math.min(16, this.head.length + chunk.length));
      head.set(this.head);
      head.set(chunk.subarray(0, head.length - this.head.length), this.head.length);
      this.head = head;
      this.walk.head = head;
    }
    let at = 0;
    while (at < chunk.length && !this.done) {
      if (this.skip > 0) {
        const take = Math.min(this.skip, chunk.length - at);
        if (this.keep) {
          this.keep.bytes.set(chunk.subarray(at, at + take), this.keep.fill);
          this.keep.fill += take;
        }
        this.skip -= take;
        at += take;
        if (this.skip === 0 && this.keep) {
          this.walk.kept.set(this.keep.name, this.keep.bytes);
          this.keep = undefined;
        }
        continue;
      }
      // Gather a header: 30 bytes, then the name and extra field it announces.
      const need = this.buffer.length < 30 ? 30 : 30 + this.nameLength() + this.extraLength();
      const take = Math.min(need - this.buffer.length, chunk.length - at);
      const grown = new Uint8Array(this.buffer.length + take);
      grown.set(this.buffer);
      grown.set(chunk.subarray(at, at + take), this.buffer.length);
      this.buffer = grown;
      at += take;
      if (this.buffer.length === 30 && this.u32(0) !== LOCAL) {
        this.finishWalk(this.walk.names.length === 0 ? 'not a ZIP file' : undefined);
      } else if (
        this.buffer.length >= 30 &&
        this.buffer.length === 30 + this.nameLength() + this.extraLength()
      ) {
        this.readHeader();
      }
    }
  }

  private u16(at: number) {
    return this.buffer[at]! | (this.buffer[at + 1]! << 8);
  }
  private u32(at: number) {
    return (this.u16(at) | (this.u16(at + 2) << 16)) >>> 0;
  }
  private nameLength() {
    return this.u16(26);
  }
  private extraLength() {
    return this.u16(28);
  }

  private finishWalk(stopped?: string) {
    this.done = true;
    if (stopped) this.walk.stopped = stopped;
  }

  private readHeader() {
    const flags = this.u16(6);
    const method = this.u16(8);
    let size = this.u32(18);
    const name = new TextDecoder().decode(this.buffer.subarray(30, 30 + this.nameLength()));
    // A zip64 extra field (id 1) holds the real sizes when the header says 0xFFFFFFFF.
    if (size === 0xffffffff) {
      let at = 30 + this.nameLength();
      const end = at + this.extraLength();
      while (at + 4 <= end) {
        const id = this.u16(at);
        const length = this.u16(at + 2);
        if (id === 1 && length >= 16) {
          size = this.u32(at + 12) + this.u32(at + 16) * 2 ** 32;
        }
        at += 4 + length;
      }
    }
    this.buffer = new Uint8Array(0);
    if (this.walk.names.length >= MAX_NAMES) return this.finishWalk('too many entries');
    this.walk.names.push(name);
    if (flags & 8 && size === 0) return this.finishWalk('an entry is sized only after its data');
    this.skip = size;
    if (method === 0 && size <= this.keepCap && this.wants(name, size)) {
      this.keep = { name, bytes: new Uint8Array(size), fill: 0 };
      if (size === 0) {
        this.walk.kept.set(name, this.keep.bytes);
        this.keep = undefined;
      }
    }
  }
}
