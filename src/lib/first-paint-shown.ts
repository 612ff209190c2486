/**
 * When the page's first paint is on screen. A frame callback tells that a frame was made, not
 * that it was shown: a browser may hold it (a tab in the background; a headless one that has
 * stopped asking the page for frames, GoogleChrome/lighthouse#17148). The first-contentful-paint
 * entry is reported once the frame is shown, so background work that waits for it never competes
 * with the first paint for the network or the main thread.
 */

/** A page whose paint is never reported (a tab never shown) still starts its work this late. */
export const FIRST_PAINT_AT_THE_LATEST_MS = 3000;

/** Runs `run` once, when the first contentful paint has been shown (at once if it has). */
export function afterFirstPaintShown(run: () => void): void {
  if (!PerformanceObserver.supportedEntryTypes.includes('paint')) return run();
  let hasRun = false;
  const runOnce = () => {
    if (hasRun) return;
    hasRun = true;
    observer.disconnect();
    clearTimeout(latest);
    run();
  };
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length > 0) runOnce();
  });
  observer.observe({ type: 'paint', buffered: true });
  const latest = setTimeout(runOnce, FIRST_PAINT_AT_THE_LATEST_MS);
}
