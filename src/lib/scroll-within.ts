/**
 * Scrolls `element` into view inside its nearest scrolling ancestor only, unlike
 * scrollIntoView, which would also move the page (and jump a phone user down the screen).
 */
export function scrollWithinNearestContainer(element: HTMLElement): void {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    const scrolls =
      (overflowY === 'auto' || overflowY === 'scroll') && parent.scrollHeight > parent.clientHeight;
    if (!scrolls) continue;
    const top = element.getBoundingClientRect().top - parent.getBoundingClientRect().top;
    parent.scrollTop += top - parent.clientHeight / 3;
    return;
  }
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
