/**
 * When the page's first paint is on screen. A frame callback tells that a frame was made, not
 * that it was shown: a browser may hold it (a tab in the background; a headless one that has
 * stopped asking the page for frames, GoogleChrome/lighthouse#17148). Paint timing reports the
 * first paint once it is shown, so background work that waits for it never competes with it for
 * the network or the main thread.
 */

/** A page whose paint is never reported (a tab never shown) still starts its work this late. */
export const FIRST_PAINT_AT_THE_LATEST_MS = 3000;

/** Runs `run` once, when the page's first paint has been shown (at once if it has). */
export function afterFirstPaintShown(run: () => void): void {
  let isWaiting = true;
  const runOnce = () => {
    if (isWaiting) run();
    isWaiting = false;
  };
  // A page paints once or twice (first paint, first contentful paint): nothing to disconnect.
  new PerformanceObserver(runOnce).observe({ type: 'paint', buffered: true });
  setTimeout(runOnce, FIRST_PAINT_AT_THE_LATEST_MS);
}
