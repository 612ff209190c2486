import { useId, useRef, useState } from 'react';
import { inputClasses } from '../../components/ui/input-classes';
import type { OutputConfigDraft } from '../../domain/draft';
import type { FailedJob } from '../../domain/failures/explain-failure';
import { readPastedFailureReason } from '../../domain/failures/pasted-failure';
import { importConfig, type ImportedJob } from '../../domain/import-config';
import type { RequestDraft } from '../../domain/request/request-draft';
import { buttonClasses } from '../../components/ui/button';
import { useModalDialog } from '../../hooks/use-modal-dialog';
import { useJsonDrop } from './use-json-drop';

export type ImportedConfig = {
  draft: OutputConfigDraft;
  notices: string[];
  /** The request fields, when the text was a request or a response. */
  request?: RequestDraft;
  /** A describe response's job status and FailureReason. */
  job?: ImportedJob;
};

type Props = {
  onImported: (imported: ImportedConfig) => void;
  /** A FailureReason pasted on its own: nothing is imported, the reason is explained. */
  onFailureReason: (job: FailedJob) => void;
  /** Called once the dialog has closed (import, Cancel or Escape). */
  onClose: () => void;
};

type ImportError = { message: string; line?: number; column?: number };

/**
 * A modal dialog to paste or drop JSON (SPEC §4.7). It only reports a successful import; on
 * failure it shows where the text went wrong and the configuration is never touched.
 */
export function ImportDialog({ onImported, onFailureReason, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<ImportError | undefined>(undefined);
  const { isDragging, readFile, dropTargetProps } = useJsonDrop({
    onText: (dropped) => {
      setText(dropped);
      setError(undefined);
    },
    onError: (message) => setError({ message }),
  });
  const id = useId();

  useModalDialog(dialogRef);

  const runImport = () => {
    const result = importConfig(text);
    if (!result.ok) {
      const pasted = readPastedFailureReason(text);
      if (pasted === undefined) {
        setError(result.error);
        return;
      }
      onFailureReason(pasted);
      dialogRef.current?.close();
      return;
    }
    onImported({
      draft: result.draft,
      notices: result.notices,
      request: result.request,
      job: result.job,
    });
    dialogRef.current?.close();
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      {...dropTargetProps}
      className="m-auto w-[min(44rem,calc(100vw-1.5rem))] rounded-lg border border-border bg-background p-0 text-foreground shadow-xl backdrop:bg-backdrop"
    >
      <form
        method="dialog"
        className={`space-y-3 p-4 sm:p-5 ${isDragging ? 'outline-2 -outline-offset-4 outline-focus outline-dashed' : ''}`}
        onSubmit={(event) => {
          event.preventDefault();
          runImport();
        }}
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Import JSON
        </h2>
        <div className="text-sm text-subtle">
          <p>Paste or drop one of:</p>
          <ul className="mt-1 list-disc pl-5">
            <li>
              a bare <code>OutputConfig</code>
            </li>
            <li>
              a <code>CreateCompilationJob</code> request
            </li>
            <li>
              a <code>DescribeCompilationJob</code> response
            </li>
          </ul>
          <p className="mt-1">
            Each fills the <code>OutputConfig</code>; a request or a response also fills the Request
            fields (<code>CompilationJobName</code>, <code>RoleArn</code>, <code>InputConfig</code>,{' '}
            <code>StoppingCondition</code>…), and a failed job’s <code>FailureReason</code> is
            explained with fixes. You can also paste a <code>FailureReason</code> on its own to have
            it explained; it changes nothing. <code>CompilerOptions</code> given as an object or as
            Python-style text becomes the JSON string the API takes.
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-text`} className="text-sm font-medium">
            JSON to import
          </label>
          <textarea
            id={`${id}-text`}
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={10}
            spellCheck={false}
            aria-invalid={error !== undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className={`${inputClasses} text-xs`}
          />
          {error && (
            <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-danger">
              <span className="font-medium">
                {error.line === undefined
                  ? 'Error: '
                  : `Line ${error.line}, column ${error.column}: `}
              </span>
              {error.message}
            </p>
          )}
        </div>
        <div className="rounded-md border border-dashed border-border-strong p-3 text-sm">
          <label htmlFor={`${id}-file`} className="block text-subtle">
            Drop a <code>.json</code> file anywhere on this dialog, or choose one:
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void readFile(file);
            }}
            className="mt-1 block w-full text-sm focus-ring file:mr-3 file:rounded-md file:border file:border-border file:bg-surface-soft file:px-3 file:py-1 file:text-sm focus-visible:outline-offset-2"
          />
        </div>
        <div className="flex flex-wrap justify-end gap-2">
          <button
            type="button"
            onClick={() => dialogRef.current?.close()}
            className={buttonClasses('secondary')}
          >
            Cancel
          </button>
          <button type="submit" className={buttonClasses('primary')}>
            Import
          </button>
        </div>
      </form>
    </dialog>
  );
}
