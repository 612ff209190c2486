import { useState, type DragEvent } from 'react';
import { MAX_IMPORT_BYTES } from '../../domain/import-config';

type Handlers = { onText: (text: string) => void; onError: (message: string) => void };

/**
 * Reads a chosen or dropped file (or dropped text) for the import. A file too large to be an
 * OutputConfig is refused before it is read, so a huge drop cannot stall the page.
 */
export function useJsonDrop({ onText, onError }: Handlers) {
  const [isDragging, setIsDragging] = useState(false);

  const readFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      onError(`${file.name} is over 32 KiB; an OutputConfig is far smaller.`);
      return;
    }
    onText(await file.text());
  };

  const dropTargetProps = {
    onDragOver: (event: DragEvent) => {
      event.preventDefault();
      setIsDragging(true);
    },
    onDragLeave: (event: DragEvent) => {
      if (event.target === event.currentTarget) setIsDragging(false);
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setIsDragging(false);
      const file = event.dataTransfer.files[0];
      const text = event.dataTransfer.getData('text/plain');
      if (file) void readFile(file);
      else if (text) onText(text);
    },
  };
  return { isDragging, readFile, dropTargetProps };
}
