import type { JsonTokenKind } from '../../domain/json/json-tokens';

/**
 * How the preview's JSON looks: its block, its lines (the gutter's line number and problem mark
 * are drawn by pseudo-elements) and the colour of each kind of token. The preview's component
 * and the first view of a link (app/link-glance.ts), which paints before React has run, draw
 * the JSON alike from these.
 */
export const JSON_BLOCK_CLASS =
  'rounded-md border border-line bg-code font-mono text-[13px] leading-5 focus-ring';

export const JSON_PRE_CLASS = 'py-3 pr-3 whitespace-pre-wrap';

export const JSON_LINE_CLASS =
  'relative block pl-11 [overflow-wrap:anywhere] before:absolute before:left-0 before:w-9 before:pr-1 before:text-right before:text-xs before:leading-5 before:text-faint before:content-[attr(data-line)] before:select-none after:absolute after:top-[7px] after:left-1 after:size-1.5 after:rounded-full';

export const JSON_TOKEN_CLASSES: Record<JsonTokenKind, string> = {
  key: 'text-syntax-key',
  string: 'text-syntax-string',
  number: 'text-syntax-number',
  literal: 'text-syntax-number',
  punctuation: 'text-faint',
  space: '',
};
