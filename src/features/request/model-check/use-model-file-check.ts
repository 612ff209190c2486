import { useCallback, useEffect, useRef, useState } from 'react';
import type { ModelCheck } from '../../../domain/model/model-types';
import { useRequestStore } from '../../../state/request/request-store';
import type { WorkerMessage } from './model-check.worker';

export type ModelFileState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string; read: number; total: number; unpacked: number }
  | { status: 'done'; check: ModelCheck }
  | { status: 'unreadable'; fileName: string; message: string }
  | { status: 'cancelled'; fileName: string };

/**
 * Checks a chosen file in a worker (the parsers load with it, only now) and follows its
 * progress; choosing another file or Cancel ends the running one.
 */
export function useModelFileCheck() {
  const [state, setState] = useState<ModelFileState>({ status: 'idle' });
  const worker = useRef<Worker | undefined>(undefined);
  const requestStore = useRequestStore();
  // The check on screen is the one a failed job's explanation uses; none while none is shown.
  useEffect(() => {
    requestStore.showModelCheck(state.status === 'done' ? state.check : undefined);
  }, [requestStore, state]);
  useEffect(() => () => requestStore.showModelCheck(undefined), [requestStore]);

  const stop = () => {
    worker.current?.terminate();
    worker.current = undefined;
  };
  useEffect(() => stop, []);

  const check = useCallback((file: File) => {
    stop();
    const fileName = file.name;
    setState({ status: 'reading', fileName, read: 0, total: file.size, unpacked: 0 });
    const started = new Worker(new URL('./model-check.worker.ts', import.meta.url), {
      type: 'module',
      name: 'model-check',
    });
    worker.current = started;
    started.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if (worker.current !== started) return;
      const message = event.data;
      if (message.type === 'progress') {
        const { read, total, unpacked } = message;
        setState({ status: 'reading', fileName, read, total, unpacked });
        return;
      }
      stop();
      setState(
        'unreadable' in message.result
          ? { status: 'unreadable', fileName, message: message.result.unreadable }
          : { status: 'done', check: message.result },
      );
    };
    started.onerror = () => {
      if (worker.current !== started) return;
      stop();
      setState({ status: 'unreadable', fileName, message: `${fileName} could not be checked.` });
    };
    started.postMessage({ file });
  }, []);

  const cancel = useCallback(() => {
    setState((current) =>
      current.status === 'reading' ? { status: 'cancelled', fileName: current.fileName } : current,
    );
    stop();
  }, []);

  return { state, check, cancel };
}
