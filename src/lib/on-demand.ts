/**
 * Code that the first screen does not show is split off and loaded on demand. Each split point
 * is declared once, with `onDemand`, at the top level of the module that uses it; declaring it
 * registers it, and `preloadOnDemandWhenIdle` loads everything registered once the page has
 * loaded and the browser is idle. So the code is in memory before the user can ask for it
 * (SPEC §4.10) and the app keeps working offline (§1.1). A split point declared inside code
 * that itself loads on demand registers when that code arrives, and is preloaded then.
 */
export type OnDemand<T> = {
  /** Loads the module (once; again after a failure) and resolves with it. */
  load: () => Promise<T>;
  /** The module, once loaded: lets a renderer use it at once instead of waiting a tick. */
  loaded: () => T | undefined;
};

const registered: (() => Promise<unknown>)[] = [];
/** Split points that a state of the app cannot be shown without, by the name of that need. */
const groups = new Map<string, OnDemand<unknown>[]>();
let isPreloading = false;

// A failure here is harmless: the part that needs the module loads it again, and says so.
const preload = (load: () => Promise<unknown>) => void load().catch(() => undefined);

/**
 * Declares a split point: `onDemand(() => import('./x').then((module) => module.X))`. With a
 * `group`, the code that moves the app into a state needing it can wait for the whole group.
 */
export function onDemand<T>(importModule: () => Promise<T>, group?: string): OnDemand<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  const load = () =>
    (pending ??= importModule().then(
      (module) => (value = module),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  registered.push(load);
  if (isPreloading) preload(load);
  const splitPoint = { load, loaded: () => value };
  if (group !== undefined) groups.set(group, [...(groups.get(group) ?? []), splitPoint]);
  return splitPoint;
}

/** True once every split point of `group` declared so far is in memory. */
export function isGroupLoaded(group: string): boolean {
  return (groups.get(group) ?? []).every((splitPoint) => splitPoint.loaded() !== undefined);
}

/** Loads every split point of `group` declared so far; rejects if one of them fails. */
export async function loadGroup(group: string): Promise<void> {
  await Promise.all((groups.get(group) ?? []).map((splitPoint) => splitPoint.load()));
}

let retries = 0;

/** Asks parts whose code failed to load to try again when they next render (a Retry button). */
export function retryFailedOnDemand(): void {
  retries += 1;
}

/** How many times a retry was asked for: a part that failed before the last one tries again. */
export function onDemandRetries(): number {
  return retries;
}

let markPreloaded: () => void = () => undefined;
const preloaded = new Promise<void>((resolve) => (markPreloaded = resolve));

/** Loads every split point declared so far, and from now on each one as it is declared. */
export function preloadAllOnDemand(): Promise<unknown> {
  isPreloading = true;
  const all = Promise.allSettled(registered.map((load) => load()));
  void all.then(markPreloaded);
  return all;
}

/**
 * Resolves once the preload has settled for every split point declared before it began: a part
 * that appears by itself after load waits for this, so it never shows a loading placeholder.
 */
export function whenPreloaded(): Promise<void> {
  return preloaded;
}

const PRELOAD_AT_THE_LATEST_MS = 300;

/** Schedules preloadAllOnDemand for after the load event, when the main thread is idle. */
export function preloadOnDemandWhenIdle(): void {
  const preloadAll = () => void preloadAllOnDemand();
  // A slow device may never be idle while it starts up: the preload goes at the latest this
  // long after load, so the code is in memory before the user's first click (SPEC §4.10).
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(preloadAll, { timeout: PRELOAD_AT_THE_LATEST_MS })
      : setTimeout(preloadAll, PRELOAD_AT_THE_LATEST_MS);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
