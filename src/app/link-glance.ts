/**
 * The first view of a page opened from a #config= link: the link's OutputConfig JSON, shown by
 * a small script of its own (public/before-paint.js loads it) while the app's entry still loads
 * and compiles. On a slow CPU the entry alone takes longer than the whole fresh visit takes to
 * paint, so the configuration a link carries shows here first, and the app then renders the
 * whole page in its place (src/main.tsx). It reads the link with the app's own decoder and
 * serializer and draws it as the preview does, so what it shows is exactly the preview's text; a
 * link that does not open cleanly is left to the app, which shows it with its errors.
 */
import { PANEL_CLASS, PANEL_TITLE_CLASS, panelTitleId } from '../components/ui/panel-look';
import { tokenizeJson, tokenLines } from '../domain/json/json-tokens';
import { decodeShareHash } from '../domain/link/decode-link';
import { serializeDraft } from '../domain/serialize';
import {
  JSON_BLOCK_CLASS,
  JSON_LINE_CLASS,
  JSON_PRE_CLASS,
  JSON_TOKEN_CLASSES,
} from '../features/preview/json-preview-look';

/** `waiting`: the parser has not reached the prerendered configuration yet. */
export type GlanceResult = 'shown' | 'waiting' | 'left to the app';

/**
 * Replaces the prerendered configuration (the page's `main`, which before-paint.js keeps hidden
 * while a link opens) with the link's JSON under the OutputConfig title and the note that the
 * rest is coming. It acts as soon as the parser has begun that `main`: what the parser still
 * writes into it goes into a detached element, so the page never holds two previews and the
 * browser never lays out the prerendered catalogue. Once the app has rendered (before-paint.js's
 * `opening-link` is gone), it changes nothing.
 */
export function showLinkGlance(page: Document, hash: string): GlanceResult {
  if (!page.documentElement.classList.contains('opening-link')) return 'left to the app';
  const prerendered = page.querySelector('#root main');
  if (prerendered === null) return 'waiting';
  const note = page.querySelector('.opening-link-note');
  const shared = decodeShareHash(hash);
  if (shared.status !== 'ok' || note === null) return 'left to the app';
  // The note says the same inside the view. It is not moved there: an element that moves
  // between two frames is a layout shift, one that goes and one that comes are not.
  const opening = page.createElement('p');
  opening.className = 'mb-3 text-sm text-muted';
  opening.setAttribute('role', 'status');
  opening.textContent = note.textContent.trim();
  prerendered.replaceWith(glanceView(page, serializeDraft(shared.draft), opening));
  note.remove();
  return 'shown';
}

function glanceView(page: Document, json: string, note: Element): HTMLElement {
  const element = (tag: string, className: string, ...children: (Node | string)[]) => {
    const created = page.createElement(tag);
    created.className = className;
    created.append(...children);
    return created;
  };
  const lines = tokenLines(tokenizeJson(json));
  const code = element(
    'code',
    '',
    ...lines.map((tokens, index) => {
      const line = element(
        'span',
        JSON_LINE_CLASS,
        ...tokens.map((token) => element('span', JSON_TOKEN_CLASSES[token.kind], token.text)),
        ...(index < lines.length - 1 ? ['\n'] : []),
      );
      line.dataset.line = String(index + 1);
      return line;
    }),
  );
  code.dataset.testid = 'json-preview';
  const block = element('div', JSON_BLOCK_CLASS, element('pre', JSON_PRE_CLASS, code));
  block.tabIndex = 0;
  block.setAttribute('role', 'region');
  block.setAttribute('aria-label', 'OutputConfig JSON');
  const title = element('h2', PANEL_TITLE_CLASS, 'OutputConfig');
  title.id = panelTitleId('OutputConfig');
  const panel = element('section', `${PANEL_CLASS} mx-auto max-w-3xl`, title, note, block);
  panel.setAttribute('aria-labelledby', title.id);
  return element('main', 'link-glance p-4', panel);
}
