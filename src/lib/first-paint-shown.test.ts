import { afterFirstPaintShown, FIRST_PAINT_AT_THE_LATEST_MS } from './first-paint-shown';

/** A browser's paint timing: `report` delivers entries to the observers, as a shown frame does. */
function fakePaintTiming(supportedEntryTypes: string[]) {
  const observers = new Set<{ callback: PerformanceObserverCallback; self: unknown }>();
  class FakeObserver {
    static supportedEntryTypes = supportedEntryTypes;
    constructor(private readonly callback: PerformanceObserverCallback) {}
    observe() {
      observers.add({ callback: this.callback, self: this });
    }
    disconnect() {
      for (const observer of observers) if (observer.self === this) observers.delete(observer);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    observing: () => observers.size,
    report(name: string) {
      const list = { getEntriesByName: (wanted: string) => (wanted === name ? [{ name }] : []) };
      for (const { callback, self } of [...observers])
        callback(list as unknown as PerformanceObserverEntryList, self as PerformanceObserver);
    },
  };
}

describe('afterFirstPaintShown', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the first contentful paint to be shown, then runs once and stops watching', () => {
    const paint = fakePaintTiming(['paint', 'mark']);
    const run = vi.fn();
    afterFirstPaintShown(run);
    paint.report('first-paint');
    expect(run).not.toHaveBeenCalled();
    paint.report('first-contentful-paint');
    expect(run).toHaveBeenCalledTimes(1);
    expect(paint.observing()).toBe(0);
    vi.advanceTimersByTime(FIRST_PAINT_AT_THE_LATEST_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at the latest after its time limit when no paint is reported, and only then', () => {
    const paint = fakePaintTiming(['paint']);
    const run = vi.fn();
    afterFirstPaintShown(run);
    vi.advanceTimersByTime(FIRST_PAINT_AT_THE_LATEST_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(paint.observing()).toBe(0);
    paint.report('first-contentful-paint');
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once in a browser without paint timing', () => {
    const paint = fakePaintTiming(['mark', 'measure']);
    const run = vi.fn();
    afterFirstPaintShown(run);
    expect(run).toHaveBeenCalledTimes(1);
    expect(paint.observing()).toBe(0);
  });
});
