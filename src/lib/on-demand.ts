/**
 * Code that the first screen does not show is split off and loaded on demand. Each split point
 * is declared once, with `onDemand`, at the top level of the module that uses it; declaring it
 * registers it, and `preloadOnDemandWhenIdle` loads everything registered once the page has
 * loaded, one split point at a time whenever the main thread has room (lib/preload-in-turn), so
 * that the preload never blocks an input (SPEC §6.2). So the code is in memory before the user
 * can ask for it (§4.10) and the app keeps working offline (§1.1). A split point declared inside
 * code that itself loads on demand registers when that code arrives, and is preloaded right
 * after it. A part the user asks for does not wait its turn: its own `load` starts at once.
 */
import { afterFirstPaintShown } from './first-paint-shown';

export type OnDemand<T> = {
  /** Loads the module (once; again after a failure) and resolves with it. */
  load: () => Promise<T>;
  /** The module, once loaded: lets a renderer use it at once instead of waiting a tick. */
  loaded: () => T | undefined;
};

const declared: OnDemand<unknown>[] = [];
/** Split points that a state of the app cannot be shown without, by the name of that need. */
const groups = new Map<string, OnDemand<unknown>[]>();
/** Once the preload has begun, it takes each split point as it is declared. */
let preloadDeclared: ((splitPoint: OnDemand<unknown>) => void) | undefined;

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
  const splitPoint = { load, loaded: () => value };
  declared.push(splitPoint);
  preloadDeclared?.(splitPoint);
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

/**
 * Loads `group` with the split points that join it as its own code arrives (declared inside
 * that code), until none is left to load; rejects if one of them fails.
 */
export async function loadWholeGroup(group: string): Promise<void> {
  do await loadGroup(group);
  while (!isGroupLoaded(group));
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

/**
 * Loads every split point declared so far, one at a time, each once `room` resolves (by default
 * when the main thread has room), and from then on each one as it is declared; resolves when
 * none is left. If the code that does this cannot load, they are all tried at once, so that what
 * waits for the preload learns which of them failed.
 */
export function preloadAllOnDemand(room?: () => Promise<void>): Promise<void> {
  void import('./preload-in-turn').then(
    (module) => (preloadDeclared = module.preloadInTurn(declared, groups, markPreloaded, room)),
    () => Promise.allSettled(declared.map((splitPoint) => splitPoint.load())).then(markPreloaded),
  );
  return preloaded;
}

/**
 * Resolves once the preload has settled for every split point declared before it began: a part
 * that appears by itself after load waits for this, so it never shows a loading placeholder.
 */
export function whenPreloaded(): Promise<void> {
  return preloaded;
}

/**
 * Runs `run` once the page has loaded and its first paint is on screen (at once if both are
 * done), so that background work competes with neither.
 */
export function afterLoadAndFirstPaint(run: () => void): void {
  const waitForPaint = () => afterFirstPaintShown(run);
  if (document.readyState === 'complete') waitForPaint();
  else window.addEventListener('load', waitForPaint, { once: true });
}

/** Starts preloadAllOnDemand once the page has loaded and its first paint is on screen. */
export function preloadOnDemandWhenIdle(): void {
  afterLoadAndFirstPaint(() => void preloadAllOnDemand());
}
