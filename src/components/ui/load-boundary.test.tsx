// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { LoadBoundary } from './load-boundary';
import { preloadAllOnDemand } from '../../lib/on-demand';
import { onDemandComponent } from './on-demand-component';

function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

afterEach(() => vi.restoreAllMocks());

describe('LoadBoundary with onDemandComponent', () => {
  it('says which part failed to load, then loads it on Retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<typeof Hello>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Hello);
    const Greeting = onDemandComponent(load);
    render(
      <LoadBoundary what="the greeting">
        <Suspense fallback={<p>Loading…</p>}>
          <Greeting name="Neo" />
        </Suspense>
      </LoadBoundary>,
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not load the greeting. Check your connection and retry; your configuration is unchanged. (Failed to fetch dynamically imported module)',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Hello Neo')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads once and renders with its props when nothing fails', async () => {
    const load = vi.fn(async () => Hello);
    const Greeting = onDemandComponent(load);
    render(
      <LoadBoundary what="the greeting">
        <Suspense fallback={<p>Loading…</p>}>
          <Greeting name="A" />
          <Greeting name="B" />
        </Suspense>
      </LoadBoundary>,
    );
    expect(await screen.findByText('Hello A')).toBeInTheDocument();
    expect(screen.getByText('Hello B')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('onDemandComponent', () => {
  it('renders a preloaded part at once on first use, without its fallback', async () => {
    const Greeting = onDemandComponent(async () => Hello);
    await preloadAllOnDemand();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Greeting name="first" />
      </Suspense>,
    );
    expect(screen.getByText('Hello first')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });
});
