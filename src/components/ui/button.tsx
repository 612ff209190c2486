import type { ComponentProps } from 'react';

/** The closed set of button looks; each reads its colours from the semantic tokens. */
const VARIANT_CLASSES = {
  /** The one action that matters most in a row. */
  primary: 'border-accent-border bg-accent text-white hover:bg-accent-hover',
  secondary: 'border-border bg-surface text-ink hover:bg-surface-hover',
  /** Inside a message (Dismiss, Undo, a one-click fix): takes the message's own colour. */
  inline: 'border-current hover:bg-inline-hover',
} as const;

const SIZE_CLASSES = {
  xs: 'rounded px-2 py-0.5 text-xs',
  // Action buttons are at least 40 px tall: a comfortable target on a phone (issue 12 §10).
  sm: 'inline-flex min-h-10 items-center justify-center rounded-md px-3 py-1 text-sm',
  md: 'inline-flex min-h-10 items-center justify-center rounded-md px-3 py-1.5 text-sm',
} as const;

export type ButtonVariant = keyof typeof VARIANT_CLASSES;
export type ButtonSize = keyof typeof SIZE_CLASSES;

/** The classes of a button look, for a control that must render its own element. */
export function buttonClasses(variant: ButtonVariant, size: ButtonSize = 'sm'): string {
  return `border font-medium focus-ring focus-visible:outline-offset-2 ${SIZE_CLASSES[size]} ${VARIANT_CLASSES[variant]}`;
}

type Props = ComponentProps<'button'> & { variant: ButtonVariant; size?: ButtonSize };

/** A button in one of the app's looks; type="button" unless told otherwise. */
export function Button({ variant, size, className, type = 'button', ...props }: Props) {
  const classes = buttonClasses(variant, size);
  return (
    <button type={type} className={className ? `${classes} ${className}` : classes} {...props} />
  );
}
