import type { ReactNode } from 'react';

/** What a badge says about its subject; each tone has a filled and an outlined look. */
const TONE_CLASSES = {
  info: {
    filled: 'bg-info-tag text-info-tag-text',
    outlined: 'border-info-pill-border bg-info-surface text-info-pill-text',
  },
  warning: {
    filled: 'bg-warning-tag text-warning-tag-text',
    outlined: 'border-warning-pill-border bg-warning-surface text-warning-pill-text',
  },
  neutral: {
    filled: 'bg-surface-strong text-ink',
    outlined: 'border-border-strong bg-surface-muted text-emphasis',
  },
} as const;

export type BadgeTone = keyof typeof TONE_CLASSES;

type Props = {
  tone: BadgeTone;
  /** Outlined pills sit on cards; filled tags sit in running text. */
  outlined?: boolean;
  className?: string;
  children: ReactNode;
};

/** A short label about a device or a note: "Retired", "us-east-2 only", "unverified". */
export function Badge({ tone, outlined = false, className, children }: Props) {
  const shape = outlined ? 'rounded-full border px-2' : 'rounded px-1.5';
  const colours = TONE_CLASSES[tone][outlined ? 'outlined' : 'filled'];
  return (
    <span className={`${shape} py-0.5 text-xs font-medium ${colours} ${className ?? ''}`.trim()}>
      {children}
    </span>
  );
}
