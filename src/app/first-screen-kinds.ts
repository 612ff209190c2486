/**
 * One element of each kind the prerendered first screen holds, for a page opened from a link.
 *
 * The browser's first layout of a kind of element is its most expensive: the first text in a
 * face of a font loads that face, the first select, input or button sets up its native look. A
 * fresh visit pays for that while the prerendered page parses, before its first paint; a link
 * page paints only its first view (app/link-glance.ts), and the app's render of the whole page
 * then paid for all of it in one task. With one element of each kind laid out, hidden, in the
 * first view's frame, a link page's Total Blocking Time at 4x CPU with DevTools closed went
 * 339 → 224 ms (medians of 10 interleaved loads); a fresh visit's did not change.
 *
 * The kinds are read from the prerendered HTML at build time (app/prerender.tsx), into an inert
 * <template>: nothing in it is parsed into the page, styled or found by a query until a link's
 * first view copies it.
 */

export const FIRST_SCREEN_KINDS_ID = 'first-screen-kinds';

/**
 * Not copied: a select's options (the copy gives it one of its own), what is never laid out, and
 * a file input, which is found by its type.
 */
const SKIPPED = new Set(['option', 'script', 'template']);

/** Landmarks and regions are copied as plain boxes: the page has one of each, with its name. */
const AS_BOX = new Set(['main', 'header', 'footer', 'nav', 'aside', 'section', 'form', 'dialog']);

const VOID = new Set(['input', 'br', 'hr', 'img', 'wbr']);

const START_TAG = /<([a-z][a-z0-9]*)\b([^>]*)>/g;

const attribute = (attributes: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];

/**
 * The template of the kinds in `html` (React's prerendered markup): each distinct tag, class and
 * type once, with no id, name, label, role or test id, so that nothing in a query or the
 * accessibility tree can take a copy for the page's own element.
 */
export function firstScreenKindsTemplate(html: string): string {
  const seen = new Set<string>();
  const kinds: string[] = [];
  for (const [, name, attributes] of html.matchAll(START_TAG)) {
    const type = attribute(attributes!, 'type');
    if (SKIPPED.has(name!) || type === 'file') continue;
    const className = attribute(attributes!, 'class');
    const key = `${name} ${className ?? ''} ${type ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const tag = AS_BOX.has(name!) ? 'div' : name!;
    const attrs =
      (className === undefined ? '' : ` class="${className}"`) +
      (type === undefined ? '' : ` type="${type}"`);
    if (VOID.has(tag)) kinds.push(`<${tag}${attrs}>`);
    else if (tag === 'select') kinds.push(`<select${attrs}><option>Aa</option></select>`);
    else kinds.push(`<${tag}${attrs}>Aa</${tag}>`);
  }
  return `<template id="${FIRST_SCREEN_KINDS_ID}">${kinds.join('')}</template>`;
}

/**
 * A hidden copy of the kinds, laid out with the first view: out of the accessibility tree, out
 * of reach of focus and clicks, and of no height, so that it moves nothing. The app's render
 * replaces the first view, and this with it. Undefined when the page has no template (the dev
 * server's page is not prerendered).
 */
export function firstScreenKindsSample(page: Document): HTMLElement | undefined {
  const template = page.getElementById(FIRST_SCREEN_KINDS_ID);
  if (template?.tagName !== 'TEMPLATE') return undefined;
  const sample = page.createElement('div');
  sample.className = 'invisible absolute top-0 left-0 h-0 w-96 overflow-hidden';
  sample.setAttribute('aria-hidden', 'true');
  sample.setAttribute('inert', '');
  sample.append((template as HTMLTemplateElement).content.cloneNode(true));
  return sample;
}
