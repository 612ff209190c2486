import { createExternalStore } from './external-store';

describe('createExternalStore', () => {
  it('publishes a new value to every listener until it unsubscribes', () => {
    const store = createExternalStore(1);
    const heard: number[] = [];
    const stop = store.subscribe(() => heard.push(store.get()));
    store.set(2);
    stop();
    store.set(3);
    expect(heard).toEqual([2]);
    expect(store.get()).toBe(3);
  });

  it('notifies nobody when the same value is set again', () => {
    const value = { a: 1 };
    const store = createExternalStore(value);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(value);
    expect(listener).not.toHaveBeenCalled();
  });
});
