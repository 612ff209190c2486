// Functions evaluated inside the page by the benchmark.

/** Resolves with FCP and LCP once the page has painted its largest element. */
export function paintTimings() {
  return new Promise((resolve) => {
    let lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) lcp = Math.max(lcp, entry.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    requestAnimationFrame(() =>
      setTimeout(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        resolve({ fcp, lcp });
      }, 0),
    );
  });
}

/**
 * Paths of the scripts and styles requested before the load event: what the first screen
 * needs. Code the app prefetches afterwards, at idle, for offline use does not count.
 */
export function requestedBeforeLoad() {
  const loadStart = performance.getEntriesByType('navigation')[0].loadEventStart;
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime < loadStart)
    .map((entry) => new URL(entry.name).pathname.replace(/^\//, ''));
}

/**
 * Records, for each keystroke, the time from the key event to the preview's text changing.
 * The event's own timeStamp is the start, so input queueing counts against us.
 */
export function installKeystrokeProbe() {
  const preview = document.querySelector('[data-testid="json-preview"]');
  const state = { pending: [], samples: [] };
  window.__keystrokeProbe = state;
  document.addEventListener('keydown', (event) => state.pending.push(event.timeStamp), true);
  new MutationObserver(() => {
    const now = performance.now();
    while (state.pending.length) state.samples.push(now - state.pending.shift());
  }).observe(preview, { childList: true, subtree: true, characterData: true });
}
