import { nearestScrollingAncestor } from './scroll-within';

/**
 * Focuses `element` and moves as little as possible to show it: first the box that scrolls
 * around it (a column of the wide layout), centred there, and the page only if the element is
 * still out of the window, by the least distance. focus() or scrollIntoView({block:'center'})
 * alone would also scroll the page and carry away what the user clicked in (the summary).
 */
export function focusInPlace(element: HTMLElement): void {
  element.focus({ preventScroll: true });
  // Test DOMs (jsdom) have no layout and no scrollIntoView.
  if (typeof element.scrollIntoView !== 'function') return;
  const box = nearestScrollingAncestor(element);
  if (box) {
    const boxRect = box.getBoundingClientRect();
    const rect = element.getBoundingClientRect();
    box.scrollTop += rect.top - boxRect.top - (boxRect.height - rect.height) / 2;
  }
  const rect = element.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > window.innerHeight) {
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}
