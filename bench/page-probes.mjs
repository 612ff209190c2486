// Functions evaluated inside the page by the benchmark. Each is serialised on its own, so
// helpers are defined inside the function that uses them.

/** Resolves with the first contentful paint of the page, once it has painted. */
export function firstContentfulPaint() {
  return new Promise((resolve) => {
    const read = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    if (read() !== undefined) return resolve(read());
    new PerformanceObserver((list, observer) => {
      observer.disconnect();
      resolve(list.getEntries()[0].startTime);
    }).observe({ type: 'paint', buffered: true });
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

/** Resolves when the main thread has been idle once after load (the app's prefetch has run). */
export function idleAfterLoad() {
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 3000 }));
}

/**
 * Records, for each keystroke, the time from the key event to the preview's text changing
 * (`text`) and to the first paint after that change (`paint`: a frame callback, then a task
 * queued from it, runs once that frame has been painted). The event's own timeStamp is the
 * start, so input queueing counts against the page. `slow` counts the keystrokes whose Event
 * Timing duration (key to next paint, as the browser measures it) is 16 ms or more.
 */
export function installKeystrokeProbe(previewSelector) {
  const preview = document.querySelector(previewSelector);
  const state = { pending: [], text: [], paint: [], slow: 0 };
  window.__keystrokeProbe = state;
  document.addEventListener('keydown', (event) => state.pending.push(event.timeStamp), true);
  new MutationObserver(() => {
    const changed = performance.now();
    const starts = state.pending.splice(0);
    if (!starts.length) return;
    for (const start of starts) state.text.push(changed - start);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const painted = performance.now();
        for (const start of starts) state.paint.push(painted - start);
      };
      channel.port2.postMessage(null);
    });
  }).observe(preview, { childList: true, subtree: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'keydown' && entry.duration >= 16) state.slow += 1;
    }
  }).observe({ type: 'event', durationThreshold: 16 });
}

/**
 * Arms a measure of the next click: `window.__reveal` resolves with the time from the click
 * event to the first paint after an element matching `selector` is in the page, and whether a
 * loading placeholder (role=status saying "Loading") showed in between.
 */
export function armRevealProbe(selector) {
  window.__reveal = new Promise((resolve) => {
    let start;
    let sawFallback = false;
    const check = () => {
      if (start === undefined) return;
      for (const status of document.querySelectorAll('[role=status]')) {
        if (/loading/i.test(status.textContent ?? '')) sawFallback = true;
      }
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ ms: performance.now() - start, sawFallback });
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
    document.addEventListener(
      'click',
      (event) => {
        start = event.timeStamp;
        queueMicrotask(check);
      },
      { capture: true, once: true },
    );
  });
}

/**
 * Installed before the page's first script: keeps every long task (over 50 ms) of the main
 * thread in `window.__longTasks`, with its start and duration.
 */
export function watchLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const { startTime, duration } of list.getEntries()) {
      window.__longTasks.push({ start: startTime, duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Resolves once the page has settled after load: no script requested and no long task for
 * `quietMs`, or `capMs` after load at the latest (a preload still going then is cut off there).
 * Resolves with the Total Blocking Time from first contentful paint to then (each long task's
 * time over 50 ms, as Lighthouse counts it) and from load to then, the longest task after load,
 * and when the page settled (`settledAt`, and `settledMs` after load).
 */
export function settledAfterLoad({ quietMs, capMs }) {
  const measure = (resolve) => {
    const loadEnd = performance.getEntriesByType('navigation')[0].loadEventEnd;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const lastActivity = () => {
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js'))
        .map((entry) => entry.responseEnd);
      const tasks = window.__longTasks.map((task) => task.start + task.duration);
      return Math.max(loadEnd, ...scripts, ...tasks);
    };
    const check = () => {
      const now = performance.now();
      if (now - lastActivity() < quietMs && now - loadEnd < capMs) return setTimeout(check, 100);
      const settledAt = Math.min(lastActivity(), loadEnd + capMs);
      const within = (from) =>
        window.__longTasks.filter((task) => task.start >= from && task.start < settledAt);
      const blocking = (tasks) => tasks.reduce((sum, task) => sum + task.duration - 50, 0);
      const afterLoad = within(loadEnd);
      resolve({
        tbtFromFcp: blocking(within(fcp)),
        tbtAfterLoad: blocking(afterLoad),
        longestAfterLoad: Math.max(0, ...afterLoad.map((task) => task.duration)),
        settledAt,
        settledMs: settledAt - loadEnd,
      });
    };
    check();
  };
  return new Promise((resolve) => {
    // loadEventEnd is set once the load event's handlers have run: a task later.
    if (performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0) measure(resolve);
    else addEventListener('load', () => setTimeout(() => measure(resolve), 0), { once: true });
  });
}

/**
 * Installed before the page's first script: `window[as]` resolves with the time (ms since
 * navigation) of the first paint in which `selector` is visible (and, given `text`, its text is
 * `text`).
 */
export function watchShown({ selector, text, as }) {
  window[as] = new Promise((resolve) => {
    const eachFrame = () => {
      const element = document.querySelector(selector);
      if (element?.checkVisibility() && (text === undefined || element.textContent === text)) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
        return;
      }
      requestAnimationFrame(eachFrame);
    };
    requestAnimationFrame(eachFrame);
  });
}

/** True once React has taken over the element matching `selector` (it answers a click). */
export function isHydrated(selector) {
  const element = document.querySelector(selector);
  return element !== null && Object.keys(element).some((key) => key.startsWith('__reactProps$'));
}
