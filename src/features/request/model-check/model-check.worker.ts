/// <reference lib="webworker" />
/**
 * The model-check worker: reads the file it is given and answers with progress messages and
 * then the check. The page ends it (terminate) to cancel.
 */
import { readModelFile } from './read-model-file';
import type { ModelCheck, UnreadableFile } from '../../../domain/model/model-types';

export type WorkerMessage =
  | { type: 'progress'; read: number; total: number; unpacked: number }
  | { type: 'done'; result: ModelCheck | UnreadableFile };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ file: File }>) => {
  const post = (message: WorkerMessage) => scope.postMessage(message);
  void readModelFile(event.data.file, (progress) => post({ type: 'progress', ...progress }))
    .catch(() => ({ unreadable: `${event.data.file.name} could not be read.` }))
    .then((result) => post({ type: 'done', result }));
};
