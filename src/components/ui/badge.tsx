import type { ReactNode } from 'react';

/** What a badge says about its subject; each tone has a filled and an outlined look. */
const TONE_CLASSES = {
  info: {
    filled: 'bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100',
    outlined:
      'border-sky-400 bg-sky-50 text-sky-900 dark:border-sky-600 dark:bg-sky-950/40 dark:text-sky-200',
  },
  warning: {
    filled: 'bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100',
    outlined:
      'border-amber-400 bg-amber-50 text-amber-900 dark:border-amber-600 dark:bg-amber-950/40 dark:text-amber-200',
  },
  neutral: {
    filled: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
    outlined:
      'border-slate-400 bg-slate-100 text-slate-800 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-200',
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
