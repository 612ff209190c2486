const FORWARDED = ['click', 'input', 'change'] as const;

const callHandler = (event: Event) => {
  const handler = window[`on${event.type as (typeof FORWARDED)[number]}`];
  (handler as ((event: Event) => unknown) | null)?.call(window, event);
};

/**
 * jsdom does not call the window's onclick, oninput and onchange as a browser does (its window
 * is the test's global object, where they are plain properties): from this call until the
 * returned one, a listener does.
 */
export function callWindowEventHandlers(): () => void {
  for (const type of FORWARDED) window.addEventListener(type, callHandler);
  return () => {
    for (const type of FORWARDED) window.removeEventListener(type, callHandler);
  };
}
