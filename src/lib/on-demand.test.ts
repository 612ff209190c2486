import { isGroupLoaded, loadGroup, loadWholeGroup, onDemand } from './on-demand';

describe('on-demand groups', () => {
  it('counts a group as loaded once every split point declared in it is in memory', async () => {
    const first = onDemand(() => Promise.resolve('first'), 'loads');
    onDemand(() => Promise.resolve('second'), 'loads');
    onDemand(() => new Promise<never>(() => undefined), 'elsewhere');
    await first.load();
    expect(isGroupLoaded('loads')).toBe(false);
    await loadGroup('loads');
    expect(isGroupLoaded('loads')).toBe(true);
    expect(isGroupLoaded('elsewhere')).toBe(false);
  });

  it('rejects when a split point of the group fails, and loads it again next time', async () => {
    let attempts = 0;
    onDemand(
      () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(attempts)),
      'flaky',
    );
    await expect(loadGroup('flaky')).rejects.toThrow('offline');
    expect(isGroupLoaded('flaky')).toBe(false);
    await loadGroup('flaky');
    expect(isGroupLoaded('flaky')).toBe(true);
  });

  it('loads a whole group, with the split points its own code declares as it arrives', async () => {
    let joiner: { loaded: () => unknown } | undefined;
    onDemand(async () => {
      joiner = onDemand(() => Promise.resolve('declared inside'), 'whole');
      return 'outer';
    }, 'whole');
    await loadWholeGroup('whole');
    expect(joiner?.loaded()).toBe('declared inside');
    expect(isGroupLoaded('whole')).toBe(true);
  });
});
