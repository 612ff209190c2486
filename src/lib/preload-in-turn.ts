/**
 * The preload of on-demand code (lib/on-demand), loaded itself once the page has loaded: the
 * first screen does not need it.
 */
import { roomOnTheMainThread } from './main-thread-room';
import type { OnDemand } from './on-demand';

type SplitPoint = OnDemand<unknown>;

/**
 * Loads the split points one after another, each once `room` resolves, and calls `done` when
 * none is left. One at a time, each chunk's fetch, compile and first run are tasks of their own
 * with room for input between them, where all at once they would crowd the main thread. The
 * order is that of declaration, except that what a state of the app needs (a group) goes first,
 * since every first action on a target waits for it, and that a split point declared by code
 * the preload has just loaded goes right after it, as part of what that code shows. Returns how
 * to add a split point declared later.
 */
export function preloadInTurn(
  declared: readonly SplitPoint[],
  groups: ReadonlyMap<string, readonly SplitPoint[]>,
  done: () => void,
  room: () => Promise<void> = roomOnTheMainThread(),
): (splitPoint: SplitPoint) => void {
  const grouped = new Set([...groups.values()].flat());
  const queue = [...declared].sort((a, b) => Number(grouped.has(b)) - Number(grouped.has(a)));
  let declaredLatelyAt = 0;
  let isRunning = false;
  const run = async () => {
    if (isRunning) return;
    isRunning = true;
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (next.loaded() !== undefined) continue;
      await room();
      declaredLatelyAt = 0;
      // A failure here is harmless: the part that needs the module loads it again, and says so.
      await next.load().catch(() => undefined);
    }
    isRunning = false;
    done();
  };
  void run();
  return (splitPoint) => {
    queue.splice(declaredLatelyAt++, 0, splitPoint);
    void run();
  };
}
