import { createRequestStore } from './request-store';

describe('createRequestStore', () => {
  it('applies edits, reveals the touched field and tells subscribers', () => {
    const store = createRequestStore({ draft: {}, isRevealedAll: false, linkError: 'bad link' });
    const seen: unknown[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot().draft));
    store.update((draft) => ({ ...draft, RoleArn: 'r' }), 'RoleArn');
    expect(store.getSnapshot()).toMatchObject({ draft: { RoleArn: 'r' }, linkError: undefined });
    expect([...store.getSnapshot().touched]).toEqual(['RoleArn']);
    unsubscribe();
    store.update((draft) => ({ ...draft, CompilationJobName: 'j' }));
    expect(seen).toEqual([{ RoleArn: 'r' }]);
  });

  it('loads a whole request with every message shown', () => {
    const store = createRequestStore({ draft: { RoleArn: 'r' }, isRevealedAll: false });
    store.update((draft) => draft, 'RoleArn');
    store.load({ CompilationJobName: 'j' });
    expect(store.getSnapshot()).toMatchObject({
      draft: { CompilationJobName: 'j' },
      isRevealedAll: true,
    });
    expect(store.getSnapshot().touched.size).toBe(0);
  });
});
