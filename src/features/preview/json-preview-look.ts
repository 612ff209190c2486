import type { JsonTokenKind } from '../../domain/json/json-tokens';

/**
 * How the preview's JSON looks: its block, its lines and the colour of each kind of token. The
 * preview's component and the first view of a link (app/link-glance.ts), which paints before
 * React has run, draw the JSON alike from these.
 *
 * The lines are inline runs of one `pre`, ended by their newline, not boxes of their own, so
 * that the browser measures the JSON as one block of text: on a link page it is then the largest
 * paint, at the moment the first view draws it (a box per line made a note under the device
 * card, drawn by the app a second later, the largest). The gutter is each line's `::before`,
 * placed against the `pre` (a positioned line would be a block of its own again), drawn by
 * styles.css: the line number, and a dot when the line has a problem (`data-mark`, set by
 * json-preview.tsx).
 */
export const JSON_BLOCK_CLASS =
  'rounded-md border border-line bg-code font-mono text-[13px] leading-5 focus-ring';

export const JSON_PRE_CLASS =
  'relative py-3 pr-3 pl-11 whitespace-pre-wrap [overflow-wrap:anywhere]';

export const JSON_LINE_CLASS = 'json-line';

export const JSON_TOKEN_CLASSES: Record<JsonTokenKind, string> = {
  key: 'text-syntax-key',
  string: 'text-syntax-string',
  number: 'text-syntax-number',
  literal: 'text-syntax-number',
  punctuation: 'text-faint',
  space: '',
};
