import type { ReactNode } from 'react';
import { Button } from './button';

type Props = {
  tone: NoticeTone;
  children: ReactNode;
  /** Buttons shown beside the message, e.g. "Undo import". */
  actions?: ReactNode;
  onDismiss?: () => void;
};

/** The colours of a message box in each tone, for a box that is not a Notice (the summary). */
export const NOTICE_TONE_CLASSES = {
  notice: 'border-info-border bg-info-surface text-info-text',
  warning: 'border-warning-border bg-warning-surface text-warning-text',
  error: 'border-danger-border bg-danger-surface text-danger-text',
} as const;

export type NoticeTone = keyof typeof NOTICE_TONE_CLASSES;

/**
 * A message about what happened to the configuration: notices and warnings are polite (status),
 * errors assertive (alert). Only the message is announced; the buttons sit beside it.
 */
export function Notice({ tone, children, actions, onDismiss }: Props) {
  return (
    <div
      className={`flex flex-wrap items-start gap-x-3 gap-y-2 rounded-md border p-3 text-sm ${NOTICE_TONE_CLASSES[tone]}`}
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
