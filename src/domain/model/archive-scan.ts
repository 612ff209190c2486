/**
 * Reads a model archive as a stream (SPEC 9.1): the decompressed bytes of a .tar.gz (or a bare
 * model file) go through in chunks; the tar reader lists every member, and only the files the
 * check needs are kept, each up to a cap; weights pass through unheld. A TorchScript member is
 * walked as a ZIP on the way past, keeping only its version record and code. Gzip is undone
 * by the caller (the platform's DecompressionStream), which says whether the file was gzip.
 */
import { ONNX_MODEL_RULES } from './onnx-inputs';
import { ProtobufPruner } from './protobuf-pruner';
import { isTarHeader, TarReader, type MemberSink } from './tar-reader';
import { wantsTorchEntry } from './torchscript';
import { ZipWalker, type ZipWalk } from './zip-walker';

export const MIB = 1024 * 1024;
/** A model graph held whole to read its inputs (ONNX, TFLite, a TensorFlow graph). */
export const MODEL_FILE_CAP = 64 * MIB;
/** What of a Keras .h5 is held: its root attributes sit near the start. */
export const HDF5_CAP = 16 * MIB;
/** Text files: an MXNet symbol, a Darknet cfg. */
export const TEXT_FILE_CAP = 8 * MIB;

/**
 * How much of a member the check keeps, by its name; 0 = none, 'zip' = walk it as a ZIP,
 * 'onnx' = keep its graph's description and drop its weights as they pass.
 */
export function keepPolicy(path: string): number | 'zip' | 'onnx' {
  const name = path.toLowerCase().split('/').pop() ?? '';
  if (name.startsWith('._')) return 0;
  if (name.endsWith('.onnx')) return 'onnx';
  if (/\.(tflite|pb)$/.test(name)) return MODEL_FILE_CAP;
  if (name.endsWith('.h5')) return HDF5_CAP;
  if (name.endsWith('-symbol.json') || name.endsWith('.cfg')) return TEXT_FILE_CAP;
  if (/\.(pt|pth)$/.test(name)) return 'zip';
  return 0;
}

export type ScannedFile = {
  path: string;
  size: number;
  kind: 'file' | 'directory' | 'other';
  /** The bytes kept (all, or the first `cap`). */
  bytes?: Uint8Array;
  /** True when only the start was kept. */
  capped?: boolean;
  zip?: ZipWalk;
};

export type ScanResult =
  | { ok: true; isTar: boolean; isGzip: boolean; files: ScannedFile[] }
  | { ok: false; reason: 'not-tar' | 'truncated' | 'damaged' | 'not-model'; message: string };

class KeepSink implements MemberSink {
  private parts: Uint8Array[] = [];
  private fill = 0;
  constructor(
    private readonly file: ScannedFile,
    private readonly cap: number,
  ) {}
  write(bytes: Uint8Array) {
    if (this.fill >= this.cap) {
      this.file.capped = true;
      return;
    }
    const part = bytes.subarray(0, this.cap - this.fill);
    if (part.length < bytes.length) this.file.capped = true;
    this.parts.push(part.slice());
    this.fill += part.length;
  }
  end() {
    const bytes = new Uint8Array(this.fill);
    let at = 0;
    for (const part of this.parts) {
      bytes.set(part, at);
      at += part.length;
    }
    this.parts = [];
    this.file.bytes = bytes;
  }
}

function sinkFor(file: ScannedFile): MemberSink | undefined {
  if (file.kind !== 'file') return undefined;
  const policy = keepPolicy(file.path);
  if (policy === 'zip') {
    const walker = new ZipWalker(wantsTorchEntry);
    file.zip = walker.walk;
    return { write: (bytes) => walker.push(bytes), end: () => undefined };
  }
  if (policy === 'onnx') return onnxSink(file);
  return policy > 0 ? new KeepSink(file, policy) : undefined;
}

/** An ONNX model without its weights: what readOnnxInputs reads, at any size of the file. */
function onnxSink(file: ScannedFile): MemberSink {
  const pruner = new ProtobufPruner(ONNX_MODEL_RULES, MODEL_FILE_CAP);
  return {
    write: (bytes) => pruner.write(bytes),
    end: () => {
      file.bytes = pruner.end() ?? new Uint8Array();
      if (pruner.capped) file.capped = true;
    },
  };
}

/** Feed with push(), then finish(). Never throws. */
export class ArchiveScan {
  private start: Uint8Array[] = [];
  private startFill = 0;
  private mode: 'undecided' | 'tar' | 'bare' = 'undecided';
  private tar: TarReader | undefined;
  private bare: { file: ScannedFile; sink: MemberSink | undefined } | undefined;
  private files: ScannedFile[] = [];

  constructor(
    private readonly fileName: string,
    private readonly isGzip: boolean,
  ) {}

  /** True once the archive is known to be damaged: the rest need not be read. */
  get hasFailed(): boolean {
    return this.tar?.failed ?? false;
  }

  push(chunk: Uint8Array): void {
    if (this.mode === 'undecided') {
      this.start.push(chunk);
      this.startFill += chunk.length;
      if (this.startFill >= 512) this.decide();
      return;
    }
    this.feed(chunk);
  }

  private feed(chunk: Uint8Array) {
    if (this.mode === 'tar') this.tar!.push(chunk);
    else if (this.bare) {
      this.bare.file.size += chunk.length;
      this.bare.sink?.write(chunk);
    }
  }

  private decide() {
    const head = new Uint8Array(this.startFill);
    let at = 0;
    for (const part of this.start) {
      head.set(part, at);
      at += part.length;
    }
    this.start = [];
    if (head.length >= 512 && isTarHeader(head.subarray(0, 512))) {
      this.mode = 'tar';
      this.tar = new TarReader((member) => {
        const file: ScannedFile = { ...member };
        this.files.push(file);
        return sinkFor(file);
      });
    } else {
      this.mode = 'bare';
      // A gzip of one file (not a tar) is named as the file inside would be: model.onnx.gz.
      const name = this.isGzip ? this.fileName.replace(/\.(gz|tgz)$/i, '') : this.fileName;
      const file: ScannedFile = { path: name, size: 0, kind: 'file' };
      this.files.push(file);
      this.bare = { file, sink: sinkFor(file) };
    }
    this.feed(head);
  }

  finish(): ScanResult {
    if (this.mode === 'undecided') this.decide();
    if (this.mode === 'tar') {
      const outcome = this.tar!.finish();
      if (!outcome.ok) return outcome;
      return { ok: true, isTar: true, isGzip: this.isGzip, files: this.files };
    }
    this.bare!.sink?.end();
    const file = this.bare!.file;
    if (keepPolicy(file.path) === 0 && !/\.(model|weights|params|pbtxt)$/i.test(file.path)) {
      return {
        ok: false,
        reason: 'not-model',
        message: this.isGzip
          ? `${this.fileName} is gzip, but what it holds is not a tar archive, nor a model file the check reads.`
          : `${this.fileName} is not a gzip tar archive (.tar.gz), nor a model file the check reads (.onnx, .tflite, .h5, .pb, .pt, .pth, -symbol.json, .cfg).`,
      };
    }
    return { ok: true, isTar: false, isGzip: this.isGzip, files: this.files };
  }
}
