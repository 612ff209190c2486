/**
 * A streaming tar reader (POSIX ustar, GNU long names, pax `path`): it is fed the archive in
 * chunks of any size, announces each member and hands its bytes only to the members the caller
 * wants, so a multi-gigabyte archive passes through holding one 512-byte header at a time.
 * It never throws: a damaged or truncated archive ends in a failed outcome.
 * Format: https://www.gnu.org/software/tar/manual/html_node/Standard.html
 */

export type TarMember = { path: string; size: number; kind: 'file' | 'directory' | 'other' };

/** Receives a wanted member's bytes. */
export type MemberSink = { write: (bytes: Uint8Array) => void; end: () => void };

export type TarOutcome =
  | { ok: true; members: number }
  | { ok: false; reason: 'not-tar' | 'truncated' | 'damaged'; message: string };

const BLOCK = 512;
const decoder = new TextDecoder();

const text = (block: Uint8Array, start: number, length: number) => {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return decoder.decode(end < 0 ? field : field.subarray(0, end));
};

/** An octal number field, or base-256 when its first byte has the high bit (GNU, > 8 GiB). */
function numberField(block: Uint8Array, start: number, length: number): number | undefined {
  if ((block[start] ?? 0) & 0x80) {
    let value = block[start]! & 0x7f;
    for (let at = start + 1; at < start + length; at++) value = value * 256 + block[at]!;
    return Number.isSafeInteger(value) ? value : undefined;
  }
  const digits = text(block, start, length).trim();
  if (digits === '') return 0;
  return /^[0-7]+$/.test(digits) ? parseInt(digits, 8) : undefined;
}

function checksumMatches(block: Uint8Array): boolean {
  const stored = numberField(block, 148, 8);
  let sum = 0;
  for (let at = 0; at < BLOCK; at++) sum += at >= 148 && at < 156 ? 32 : block[at]!;
  return stored === sum;
}

/** True when these 512 bytes look like a tar header (checksum right). */
export function isTarHeader(block: Uint8Array): boolean {
  return block.length >= BLOCK && !block.subarray(0, BLOCK).every((b) => b === 0)
    ? checksumMatches(block.subarray(0, BLOCK))
    : false;
}

/** pax records: "<length> <key>=<value>\n" … */
function paxPath(bytes: Uint8Array): string | undefined {
  const records = decoder.decode(bytes);
  let at = 0;
  let path: string | undefined;
  while (at < records.length) {
    const space = records.indexOf(' ', at);
    const length = Number(records.slice(at, space));
    if (space < 0 || !Number.isInteger(length) || length <= 0) break;
    const record = records.slice(space + 1, at + length - 1);
    const equals = record.indexOf('=');
    if (record.slice(0, equals) === 'path') path = record.slice(equals + 1);
    at += length;
  }
  return path;
}

type Pending = { longName?: string; paxPath?: string };

export class TarReader {
  private header = new Uint8Array(BLOCK);
  private headerFill = 0;
  /** Bytes of the current member still to come, then the padding to the next block. */
  private remaining = 0;
  private padding = 0;
  private sink: MemberSink | undefined;
  /** A GNU long-name or pax header's own data, kept to name the next member. */
  private meta: { kind: 'L' | 'x'; bytes: Uint8Array; fill: number } | undefined;
  private pending: Pending = {};
  private members = 0;
  private zeroBlocks = 0;
  private failure: TarOutcome | undefined;
  private seenBytes = 0;
  private currentSize = 0;

  constructor(private readonly onMember: (member: TarMember) => MemberSink | undefined) {}

  get failed(): boolean {
    return this.failure !== undefined;
  }

  push(chunk: Uint8Array): void {
    let at = 0;
    while (at < chunk.length && this.failure === undefined && this.zeroBlocks < 2) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, chunk.length - at);
        const part = chunk.subarray(at, at + take);
        if (this.meta) {
          this.meta.bytes.set(part, this.meta.fill);
          this.meta.fill += take;
        } else this.sink?.write(part);
        this.remaining -= take;
        at += take;
        if (this.remaining === 0) this.endMember();
        continue;
      }
      if (this.padding > 0) {
        const take = Math.min(this.padding, chunk.length - at);
        this.padding -= take;
        at += take;
        continue;
      }
      const take = Math.min(BLOCK - this.headerFill, chunk.length - at);
      this.header.set(chunk.subarray(at, at + take), this.headerFill);
      this.headerFill += take;
      at += take;
      if (this.headerFill === BLOCK) {
        this.headerFill = 0;
        this.readHeader();
      }
    }
    this.seenBytes += chunk.length;
  }

  /** Call once the input has ended. */
  finish(): TarOutcome {
    if (this.failure) return this.failure;
    const inMember = this.remaining > 0 || this.headerFill > 0;
    if (this.members === 0 && this.zeroBlocks === 0) {
      return {
        ok: false,
        reason: inMember || this.seenBytes > 0 ? 'truncated' : 'not-tar',
        message: 'The archive ends before its first member is complete.',
      };
    }
    if (inMember) {
      this.sink?.end();
      return {
        ok: false,
        reason: 'truncated',
        message: 'The archive is truncated: it ends in the middle of a member.',
      };
    }
    return { ok: true, members: this.members };
  }

  private fail(outcome: TarOutcome) {
    this.failure = outcome;
    this.sink?.end();
    this.sink = undefined;
  }

  private endMember() {
    this.padding = (BLOCK - (this.currentSize % BLOCK)) % BLOCK;
    if (this.meta) {
      const bytes = this.meta.bytes.subarray(0, this.meta.fill);
      if (this.meta.kind === 'L') this.pending.longName = text(bytes, 0, bytes.length);
      else this.pending.paxPath = paxPath(bytes) ?? this.pending.paxPath;
      this.meta = undefined;
    } else {
      this.sink?.end();
      this.sink = undefined;
    }
  }

  private readHeader() {
    const block = this.header;
    if (block.every((b) => b === 0)) {
      this.zeroBlocks += 1;
      return;
    }
    this.zeroBlocks = 0;
    if (!checksumMatches(block)) {
      this.fail(
        this.members === 0
          ? { ok: false, reason: 'not-tar', message: 'It does not start with a tar header.' }
          : {
              ok: false,
              reason: 'damaged',
              message: `The archive is damaged after member ${this.members}: a header's checksum is wrong.`,
            },
      );
      return;
    }
    const size = numberField(block, 124, 12);
    if (size === undefined) {
      this.fail({ ok: false, reason: 'damaged', message: 'A member has an unreadable size.' });
      return;
    }
    const type = String.fromCharCode(block[156]!);
    this.currentSize = size;
    this.remaining = size;
    if (type === 'L' || type === 'x') {
      // Names longer than this are not file names; the data is skipped, not kept.
      const keep = size <= 65536;
      this.meta = keep ? { kind: type, bytes: new Uint8Array(size), fill: 0 } : undefined;
      if (size === 0) this.endMember();
      return;
    }
    if (type === 'g' || type === 'K') {
      if (size === 0) this.endMember();
      return;
    }
    const isUstar = text(block, 257, 5) === 'ustar';
    const prefix = isUstar ? text(block, 345, 155) : '';
    const name = text(block, 0, 100);
    const path =
      this.pending.paxPath ?? this.pending.longName ?? (prefix ? `${prefix}/${name}` : name);
    this.pending = {};
    const kind =
      type === '5' ? 'directory' : type === '0' || type === '\0' || type === '7' ? 'file' : 'other';
    this.members += 1;
    this.sink = this.onMember({ path: normalisePath(path), size, kind });
    if (size === 0) this.endMember();
  }
}

/** "./a/b/" → "a/b/"; the path as the archive lists it otherwise. */
export function normalisePath(path: string): string {
  let result = path;
  while (result.startsWith('./')) result = result.slice(2);
  return result;
}
