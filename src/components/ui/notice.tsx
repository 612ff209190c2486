import type { ReactNode } from 'react';
import { Button } from './button';

type Props = {
  tone: 'notice' | 'error';
  children: ReactNode;
  /** Buttons shown beside the message, e.g. "Undo import". */
  actions?: ReactNode;
  onDismiss?: () => void;
};

const TONE_CLASSES = {
  notice:
    'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100',
  error:
    'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100',
};

/**
 * A message about what happened to the configuration: notices are polite (status), errors
 * assertive (alert). Only the message is announced; the buttons sit beside it.
 */
export function Notice({ tone, children, actions, onDismiss }: Props) {
  return (
    <div
      className={`flex flex-wrap items-start gap-x-3 gap-y-2 rounded-md border p-3 text-sm ${TONE_CLASSES[tone]}`}
    >
      <div
        role={tone === 'error' ? 'alert' : 'status'}
        className="min-w-0 flex-1 basis-60 break-words"
      >
        {children}
      </div>
      {(actions || onDismiss) && (
        <div className="flex shrink-0 flex-wrap gap-2">
          {actions}
          {onDismiss && (
            <Button variant="inline" size="xs" onClick={onDismiss}>
              Dismiss
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
