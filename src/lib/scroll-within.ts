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
