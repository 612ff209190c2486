/**
 * Reads one input of `neo-config check` as text, refusing what Import would refuse before the
 * bytes are all read: more than Import's 32 KiB (a huge file is never read whole), a directory,
 * bytes that are not UTF-8 text. Never throws: a failure is a message for the user.
 */
import { open } from 'node:fs/promises';
import { MAX_IMPORT_BYTES } from '../domain/import-config';
import { errorText } from '../lib/error-text';

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

const CHUNK = 16 * 1024;

export const TOO_BIG_MESSAGE = `The file is over ${MAX_IMPORT_BYTES / 1024} KiB, the limit of Import (an OutputConfig or a whole request is far smaller); it was not read`;

/** Reads a file by path; `stdin` is what "-" reads. */
export async function readInput(
  path: string,
  stdin: AsyncIterable<Uint8Array | string>,
): Promise<ReadResult> {
  try {
    return decodeBytes(path === '-' ? await readCapped(stdin) : await readFileCapped(path));
  } catch (error) {
    return { ok: false, message: systemMessage(error) };
  }
}

async function readFileCapped(path: string): Promise<Uint8Array | 'too big'> {
  const file = await open(path, 'r');
  try {
    const stat = await file.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    // A regular file says its size: one over the limit is refused unread.
    if (stat.isFile() && stat.size > MAX_IMPORT_BYTES) return 'too big';
    return await readCapped(chunksOf(file));
  } finally {
    await file.close();
  }
}

async function* chunksOf(file: Awaited<ReturnType<typeof open>>): AsyncGenerator<Uint8Array> {
  for (;;) {
    const buffer = new Uint8Array(CHUNK);
    const { bytesRead } = await file.read(buffer, 0, CHUNK, null);
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
  }
}

/**
 * Collects chunks until the limit is passed, then stops reading (a stream of any length, such as
 * /dev/zero piped in, ends there), so that "too big" is known without reading on.
 */
export async function readCapped(
  source: AsyncIterable<Uint8Array | string>,
): Promise<Uint8Array | 'too big'> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const part of source) {
    const chunk = typeof part === 'string' ? new TextEncoder().encode(part) : part;
    chunks.push(chunk);
    size += chunk.length;
    if (size > MAX_IMPORT_BYTES) return 'too big';
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** UTF-8 text (a leading byte-order mark dropped), or why the bytes are not text. */
export function decodeBytes(bytes: Uint8Array | 'too big'): ReadResult {
  if (bytes === 'too big') return { ok: false, message: TOO_BIG_MESSAGE };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      ok: false,
      message: `The file is binary, not text (a NUL byte at offset ${nul}); expected JSON or Python text`,
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      message: `The file is not UTF-8 text (an invalid byte sequence at offset ${firstInvalidUtf8(bytes)})`,
    };
  }
}

/** The offset of the first byte that does not start a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at]!;
    const length =
      lead < 0x80 ? 1 : lead < 0xc2 ? 0 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;
    if (length === 0) return at;
    try {
      decoder.decode(bytes.subarray(at, at + length));
    } catch {
      return at;
    }
    at += length;
  }
  return at;
}

function systemMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'No such file';
  if (code === 'EACCES' || code === 'EPERM') return 'Permission denied';
  if (code === 'EISDIR') return 'It is a directory, not a file';
  return `It could not be read (${code ?? errorText(error)})`;
}
