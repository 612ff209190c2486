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
 * placed against the `pre` (a positioned line would be a block of its own again): the line
 * number, and the problem mark as a dot in its background, coloured by `--line-mark`
 * (json-preview.tsx sets it on a line with a problem; unset, the dot is not drawn).
 */
export const JSON_BLOCK_CLASS =
  'rounded-md border border-line bg-code font-mono text-[13px] leading-5 focus-ring';

export const JSON_PRE_CLASS =
  'relative py-3 pr-3 pl-11 whitespace-pre-wrap [overflow-wrap:anywhere]';

export const JSON_LINE_CLASS =
  'before:absolute before:left-0 before:w-9 before:pr-1 before:text-right before:text-xs before:leading-5 before:text-faint before:content-[attr(data-line)] before:select-none before:bg-[radial-gradient(circle_at_7px_10px,var(--line-mark)_2.8px,transparent_3.4px)]';

export const JSON_TOKEN_CLASSES: Record<JsonTokenKind, string> = {
  key: 'text-syntax-key',
  string: 'text-syntax-string',
  number: 'text-syntax-number',
  literal: 'text-syntax-number',
  punctuation: 'text-faint',
  space: '',
};
