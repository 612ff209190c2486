import type { OnDemand } from './on-demand';
import { preloadInTurn } from './preload-in-turn';

/** A split point whose load is logged and settles on a later tick, after `onLoad`. */
function splitPoint(log: string[], name: string, onLoad = () => undefined as unknown) {
  let value: string | undefined;
  let pending: Promise<string> | undefined;
  const point: OnDemand<unknown> = {
    load: () =>
      (pending ??= (log.push(`start ${name}`), Promise.resolve()).then(() => {
        onLoad();
        log.push(`end ${name}`);
        if (name.startsWith('failing')) throw new Error(`${name} is offline`);
        return (value = name);
      })),
    loaded: () => value,
  };
  return point;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('preloadInTurn', () => {
  it('loads one split point at a time: a group first, code declared by a loaded one right after it', async () => {
    const log: string[] = [];
    let addDeclared: (point: OnDemand<unknown>) => void = () => undefined;
    const first = splitPoint(log, 'first', () => addDeclared(splitPoint(log, 'declared by first')));
    const second = splitPoint(log, 'second');
    const grouped = splitPoint(log, 'grouped');
    let isDone = false;
    addDeclared = preloadInTurn(
      [first, second, grouped],
      new Map([['target', [grouped]]]),
      () => (isDone = true),
      () => Promise.resolve(),
    );
    await vi.waitFor(() => expect(isDone).toBe(true));
    expect(log).toEqual([
      'start grouped',
      'end grouped',
      'start first',
      'end first',
      'start declared by first',
      'end declared by first',
      'start second',
      'end second',
    ]);
  });

  it('starts each load only once the main thread has room', async () => {
    const log: string[] = [];
    const rooms: (() => void)[] = [];
    const room = () => new Promise<void>((resolve) => rooms.push(resolve));
    preloadInTurn([splitPoint(log, 'a'), splitPoint(log, 'b')], new Map(), () => undefined, room);
    await settled();
    expect(log).toEqual([]);
    rooms[0]!();
    await settled();
    expect(log).toEqual(['start a', 'end a']);
    expect(rooms).toHaveLength(2);
    rooms[1]!();
    await settled();
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('goes on past a failure, skips what the user already loaded, and says when none is left', async () => {
    const log: string[] = [];
    const asked = splitPoint(log, 'asked for');
    await asked.load();
    let doneCount = 0;
    const add = preloadInTurn(
      [splitPoint(log, 'failing'), asked, splitPoint(log, 'last')],
      new Map(),
      () => (doneCount += 1),
      () => Promise.resolve(),
    );
    await vi.waitFor(() => expect(doneCount).toBe(1));
    expect(log).toEqual([
      'start asked for',
      'end asked for',
      'start failing',
      'end failing',
      'start last',
      'end last',
    ]);
    add(splitPoint(log, 'declared later'));
    await vi.waitFor(() => expect(doneCount).toBe(2));
    expect(log.slice(-2)).toEqual(['start declared later', 'end declared later']);
  });
});
