/** Shared look of text inputs and selects, with a visible focus ring and an invalid state. */
export const inputClasses =
  'mt-1 block w-full rounded-md border border-border bg-background px-3 py-2 font-mono text-sm text-foreground shadow-sm placeholder:text-faint focus:border-focus focus-ring focus-visible:outline-offset-0 aria-invalid:border-danger-mark';
