/**
 * When background work may take its next step (the preload of on-demand code, lib/on-demand):
 * never while the user is interacting, and only once the browser is idle, so that an input
 * never waits behind it (SPEC §6.2).
 */

/** The user is interacting until this long after their last input. */
export const QUIET_AFTER_INPUT_MS = 300;
/**
 * A page that is never idle (an animation, a slow device starting up) still gets its code this
 * long after each request for an idle moment, so it is in memory before a first click (§4.10).
 */
export const IDLE_AT_THE_LATEST_MS = 500;
/** Without requestIdleCallback (Safari), a step waits this long after yielding. */
const PAUSE_WITHOUT_IDLE_CALLBACK_MS = 50;

const INPUTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

type WithScheduler = { scheduler?: { yield?: () => Promise<void> } };

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Lets the tasks waiting to run go first, input among them: scheduler.yield() where the
 * browser has it, otherwise a message to ourselves, which queues behind them without the
 * clamp that nested timeouts get.
 */
function yieldToWaitingTasks(): Promise<void> {
  const { scheduler } = globalThis as WithScheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function idlePeriod(): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return delay(PAUSE_WITHOUT_IDLE_CALLBACK_MS);
  return new Promise((resolve) =>
    requestIdleCallback(() => resolve(), { timeout: IDLE_AT_THE_LATEST_MS }),
  );
}

/**
 * Starts watching for the user's input; returns a function that resolves when the next step may
 * go: after the waiting tasks, with no input for QUIET_AFTER_INPUT_MS, in an idle moment.
 */
export function roomOnTheMainThread(): () => Promise<void> {
  let lastInput = -Infinity;
  const noteInput = () => {
    lastInput = performance.now();
  };
  for (const type of INPUTS) addEventListener(type, noteInput, { capture: true, passive: true });
  const quietFor = () => performance.now() - lastInput;
  return async () => {
    for (;;) {
      await yieldToWaitingTasks();
      if (quietFor() < QUIET_AFTER_INPUT_MS) {
        await delay(QUIET_AFTER_INPUT_MS - quietFor());
        continue;
      }
      await idlePeriod();
      if (quietFor() >= QUIET_AFTER_INPUT_MS) return;
    }
  };
}
