/**
 * Reads a chosen model file as a stream (SPEC 9.1): the platform's DecompressionStream undoes
 * gzip, the domain's archive scan reads the tar as it passes and keeps only the small files the
 * check needs. Runs in the model-check worker, so a large archive never blocks the page; nothing
 * is sent anywhere.
 */
import { ArchiveScan } from '../../../domain/model/archive-scan';
import { checkModelArchive } from '../../../domain/model/model-check';
import type { ModelCheck, UnreadableFile } from '../../../domain/model/model-types';

/** Bytes of the file read, its size, and bytes unpacked so far (gzip runs ahead of the file). */
export type ReadProgress = { read: number; total: number; unpacked: number };

export async function readModelFile(
  file: Blob & { name: string },
  onProgress: (progress: ReadProgress) => void,
): Promise<ModelCheck | UnreadableFile> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const isGzip = head[0] === 0x1f && head[1] === 0x8b;
  const scan = new ArchiveScan(file.name, isGzip);
  let read = 0;
  let unpacked = 0;
  let reported = 0;
  let reportedUnpacked = 0;
  const counted = file.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.length;
        if (read - reported >= file.size / 100 || read === file.size) {
          reported = read;
          onProgress({ read, total: file.size, unpacked });
        }
        controller.enqueue(chunk);
      },
    }),
  );
  const stream = isGzip
    ? counted.pipeThrough(
        new DecompressionStream('gzip') as TransformStream<Uint8Array, Uint8Array>,
      )
    : counted;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      scan.push(value);
      unpacked += value.length;
      if (unpacked - reportedUnpacked >= 16 * 2 ** 20) {
        reportedUnpacked = unpacked;
        onProgress({ read, total: file.size, unpacked });
      }
      if (scan.hasFailed) {
        await reader.cancel();
        break;
      }
    }
  } catch {
    return {
      unreadable: isGzip
        ? `${file.name} is truncated or damaged: its gzip data ends early or is corrupt, so it cannot be unpacked (Neo would fail with "Unable to untar input model").`
        : `${file.name} could not be read.`,
    };
  }
  onProgress({ read: file.size, total: file.size, unpacked });
  return checkModelArchive(file.name, scan.finish());
}
