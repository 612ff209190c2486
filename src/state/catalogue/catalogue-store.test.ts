import catalogueText from '../../../public/catalogue.json?raw';
import type { Catalogue } from '../../domain/catalogue/catalogue-schema';
import { createCatalogueStore, type CatalogueStore } from './catalogue-store';

const catalogue = JSON.parse(catalogueText) as Catalogue;
const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation(async () => new Response(catalogueText, { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('document', { baseURI: 'https://example.test/app/' });
});

afterEach(() => vi.unstubAllGlobals());

/** Resolves once the store holds a state that `isDone` accepts. */
function settled(store: CatalogueStore, isDone = () => !store.get().isFetching) {
  return new Promise<void>((resolve) => {
    const check = () => {
      if (!isDone()) return;
      stop();
      resolve();
    };
    const stop = store.subscribe(check);
    check();
  });
}

describe('createCatalogueStore', () => {
  it('starts from a prerendered catalogue, indexed, and never fetches', async () => {
    const store = createCatalogueStore({ catalogue });
    const stop = store.subscribe(() => undefined);
    expect(store.get()).toMatchObject({ data: catalogue, isFetching: false });
    expect(store.get().devices?.get('jetson_nano')?.name).toBe('NVIDIA Jetson Nano');
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('fetches once for its first reader, relative to the page, and indexes what it read', async () => {
    const store = createCatalogueStore({ retry: 0 });
    expect(store.get()).toEqual({ isFetching: true });
    expect(fetchMock).not.toHaveBeenCalled();
    store.subscribe(() => undefined);
    store.subscribe(() => undefined);
    await settled(store);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe('https://example.test/app/catalogue.json');
    expect(store.get().data?.devices).toHaveLength(catalogue.devices.length);
    expect(store.get().devices?.get('ml_m5')?.id).toBe('ml_m5');
  });

  it('tries a failed fetch again as often as it is told to before it reports the error', async () => {
    fetchMock.mockResolvedValueOnce(new Response('busy', { status: 503 }));
    const store = createCatalogueStore({ retry: 1 });
    store.subscribe(() => undefined);
    await settled(store, () => store.get().data !== undefined);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(store.get().error).toBeUndefined();
  }, 10_000);

  it('reports the error, keeps it while a later reader subscribes, and loads again on refetch', async () => {
    fetchMock.mockResolvedValueOnce(new Response('Not found', { status: 404 }));
    const store = createCatalogueStore({ retry: 0 });
    store.subscribe(() => undefined);
    await settled(store);
    expect(store.get().error?.message).toBe(
      'Could not load the device catalogue: the server answered HTTP 404',
    );
    expect(store.get().devices).toBeUndefined();
    store.subscribe(() => undefined);
    expect(store.get().isFetching).toBe(false);
    expect(fetchMock).toHaveBeenCalledTimes(1);

    store.refetch();
    await settled(store, () => store.get().data !== undefined);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(store.get()).toMatchObject({ error: undefined, isFetching: false });
    expect(store.get().devices?.size).toBe(catalogue.devices.length);
  });
});
