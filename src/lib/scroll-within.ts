/** Room left above an element scrolled to the top of its box, so its focus ring shows. */
const TOP_MARGIN_PX = 8;
/** Frames over which the position is corrected while cards around it take their real size. */
const SETTLING_FRAMES = 3;

/**
 * Scrolls `element` to the top of its nearest scrolling ancestor only, unlike scrollIntoView,
 * which would also move the page (and jump a phone user down the screen). The top, because
 * the rest of that box may be below the fold. Off-screen cards are laid out at an estimated
 * height until shown (content-visibility), so the ones brought into view by the scroll change
 * size and move the element: it is put back over the next few frames.
 */
export function scrollWithinNearestContainer(element: HTMLElement): void {
  const container = nearestScrollingAncestor(element);
  if (!container) return;
  // A sticky table header takes the top of its box; the box's scroll-padding says how much.
  const covered = parseFloat(getComputedStyle(container).scrollPaddingTop) || 0;
  const place = (framesLeft: number) => {
    const offset = element.getBoundingClientRect().top - container.getBoundingClientRect().top;
    container.scrollTop += offset - covered - TOP_MARGIN_PX;
    if (framesLeft > 0) requestAnimationFrame(() => place(framesLeft - 1));
  };
  place(SETTLING_FRAMES);
}

/** The closest ancestor of `element` that scrolls vertically and has something to scroll. */
export function nearestScrollingAncestor(element: HTMLElement): HTMLElement | undefined {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if (
      (overflowY === 'auto' || overflowY === 'scroll') &&
      parent.scrollHeight > parent.clientHeight
    ) {
      return parent;
    }
  }
  return undefined;
}

/**
 * Focuses `element` and scrolls as little as possible to show it. Focus alone centres what it
 * reaches, which scrolls a wide table row sideways and hides the columns the user was reading;
 * "nearest" leaves the sideways position alone when the row is wider than its box.
 */
export function focusKeepingColumns(element: HTMLElement): void {
  element.focus({ preventScroll: true });
  // Test DOMs (jsdom) have no layout and no scrollIntoView.
  if (typeof element.scrollIntoView === 'function') {
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}
