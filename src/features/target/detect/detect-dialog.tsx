import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { inputClasses } from '../../../components/ui/input-classes';
import type { ProbeTarget } from '../../../domain/board-probe/infer-target';
import { parseBoardProbe } from '../../../domain/board-probe/parse-board-probe';
import type { CatalogueDevice } from '../../../domain/catalogue/catalogue-schema';
import { useModalDialog } from '../../../hooks/use-modal-dialog';
import { DetectionResult } from './detection-result';

type Props = {
  devices: readonly CatalogueDevice[];
  onApply: (target: ProbeTarget) => void;
  /** Called once the dialog has closed (Apply, Cancel or Escape). */
  onClose: () => void;
};

const COMMANDS = [
  'uname -a',
  'dpkg --print-architecture',
  'getconf LONG_BIT',
  'cat /proc/cpuinfo',
  'nvidia-smi',
  'nvcc --version',
  'cat /etc/nv_tegra_release',
  "tr '\\0' '\\n' < /proc/device-tree/compatible",
  'getprop',
] as const;

/**
 * "Detect from board" (SPEC §5.6, §7): the user pastes what commands printed on the board; the
 * dialog shows what it reads from each line before anything changes. The text is parsed here,
 * in the page, and never sent anywhere (§7.4).
 */
export function DetectDialog({ devices, onApply, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  // A megabyte pasted at once must not hold up typing: the reading follows a step behind.
  const deferredText = useDeferredValue(text);
  const reading = useMemo(
    () => (deferredText.trim() === '' ? null : parseBoardProbe(deferredText, devices)),
    [deferredText, devices],
  );
  const id = useId();

  useModalDialog(dialogRef);

  const target = reading?.recognised ? reading.target : null;

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      className="m-auto w-[min(48rem,calc(100vw-1.5rem))] rounded-lg border border-border bg-background p-0 text-foreground shadow-xl backdrop:bg-backdrop"
    >
      <form
        method="dialog"
        className="space-y-3 p-4 sm:p-5"
        onSubmit={(event) => {
          event.preventDefault();
          if (!target) return;
          onApply(target);
          dialogRef.current?.close();
        }}
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Detect from board
        </h2>
        <p className="text-sm text-subtle">
          Run some of these on the board and paste what they print, mixed and in any order. The text
          stays in this page.
        </p>
        <ul className="flex flex-wrap gap-1.5 text-xs">
          {COMMANDS.map((command) => (
            <li key={command}>
              <code className="rounded bg-surface-muted px-1.5 py-0.5">{command}</code>
            </li>
          ))}
        </ul>
        <div>
          <label htmlFor={`${id}-text`} className="text-sm font-medium">
            Board output
          </label>
          <textarea
            id={`${id}-text`}
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={8}
            spellCheck={false}
            autoComplete="off"
            className={`${inputClasses} font-mono text-xs`}
          />
        </div>
        {reading && <DetectionResult reading={reading} />}
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" size="md" onClick={() => dialogRef.current?.close()}>
            Cancel
          </Button>
          <Button
            variant="primary"
            size="md"
            type="submit"
            disabled={!target}
            className="disabled:cursor-not-allowed disabled:opacity-50"
          >
            Apply
          </Button>
        </div>
      </form>
    </dialog>
  );
}
