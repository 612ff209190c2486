import { afterFirstPaintShown, FIRST_PAINT_AT_THE_LATEST_MS } from './first-paint-shown';

/** A browser's paint timing: `report` delivers an entry to the observers, as a shown frame does. */
function fakePaintTiming() {
  const observers: { callback: PerformanceObserverCallback; types: string[] }[] = [];
  class FakeObserver {
    constructor(private readonly callback: PerformanceObserverCallback) {}
    observe({ type }: PerformanceObserverInit) {
      observers.push({ callback: this.callback, types: [type ?? ''] });
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    observedTypes: () => observers.flatMap((observer) => observer.types),
    report(name: string) {
      const list = { getEntries: () => [{ name, entryType: 'paint' }] };
      for (const { callback } of observers)
        callback(list as unknown as PerformanceObserverEntryList, {} as PerformanceObserver);
    },
  };
}

describe('afterFirstPaintShown', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits until paint timing reports the first paint shown, then runs once', () => {
    const paint = fakePaintTiming();
    const run = vi.fn();
    afterFirstPaintShown(run);
    expect(paint.observedTypes()).toEqual(['paint']);
    vi.advanceTimersByTime(FIRST_PAINT_AT_THE_LATEST_MS - 1);
    expect(run).not.toHaveBeenCalled();
    paint.report('first-paint');
    expect(run).toHaveBeenCalledTimes(1);
    paint.report('first-contentful-paint');
    vi.advanceTimersByTime(FIRST_PAINT_AT_THE_LATEST_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at its time limit when no paint is reported (a tab never shown), and only once', () => {
    const paint = fakePaintTiming();
    const run = vi.fn();
    afterFirstPaintShown(run);
    vi.advanceTimersByTime(FIRST_PAINT_AT_THE_LATEST_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    paint.report('first-contentful-paint');
    expect(run).toHaveBeenCalledTimes(1);
  });
});
