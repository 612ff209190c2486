// @vitest-environment jsdom
import {
  IDLE_AT_THE_LATEST_MS,
  QUIET_AFTER_INPUT_MS,
  roomOnTheMainThread,
} from './main-thread-room';

describe('roomOnTheMainThread', () => {
  let idleCallbacks: IdleRequestCallback[];
  let idleOptions: (IdleRequestOptions | undefined)[];

  beforeEach(() => {
    vi.useFakeTimers();
    idleCallbacks = [];
    idleOptions = [];
    vi.stubGlobal('scheduler', { yield: () => Promise.resolve() });
    vi.stubGlobal(
      'requestIdleCallback',
      (callback: IdleRequestCallback, options?: IdleRequestOptions) => {
        idleCallbacks.push(callback);
        idleOptions.push(options);
        return idleCallbacks.length;
      },
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const runIdleCallbacks = () => {
    for (const callback of idleCallbacks.splice(0)) {
      callback({ didTimeout: false, timeRemaining: () => 40 });
    }
  };

  it('gives room in an idle moment, which it asks for with a deadline', async () => {
    const room = roomOnTheMainThread();
    let hasRoom = false;
    void room().then(() => (hasRoom = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(hasRoom).toBe(false);
    expect(idleOptions).toEqual([{ timeout: IDLE_AT_THE_LATEST_MS }]);
    runIdleCallbacks();
    await vi.advanceTimersByTimeAsync(0);
    expect(hasRoom).toBe(true);
  });

  it('gives none while the user is interacting, until a quiet moment after the last input', async () => {
    const room = roomOnTheMainThread();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    let hasRoom = false;
    void room().then(() => (hasRoom = true));
    await vi.advanceTimersByTimeAsync(QUIET_AFTER_INPUT_MS - 100);
    window.dispatchEvent(new Event('pointerdown'));
    await vi.advanceTimersByTimeAsync(QUIET_AFTER_INPUT_MS - 100);
    runIdleCallbacks();
    await vi.advanceTimersByTimeAsync(0);
    expect(hasRoom).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    runIdleCallbacks();
    await vi.advanceTimersByTimeAsync(0);
    expect(hasRoom).toBe(true);
  });

  it('asks again when an input comes while it waits for an idle moment', async () => {
    const room = roomOnTheMainThread();
    let hasRoom = false;
    void room().then(() => (hasRoom = true));
    await vi.advanceTimersByTimeAsync(0);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    runIdleCallbacks();
    await vi.advanceTimersByTimeAsync(0);
    expect(hasRoom).toBe(false);
    await vi.advanceTimersByTimeAsync(QUIET_AFTER_INPUT_MS);
    runIdleCallbacks();
    await vi.advanceTimersByTimeAsync(0);
    expect(hasRoom).toBe(true);
  });
});
