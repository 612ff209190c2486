// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { LoadBoundary } from './load-boundary';
import { retryableLazy } from './retryable-lazy';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

afterEach(() => vi.restoreAllMocks());

describe('LoadBoundary with retryableLazy', () => {
  it('says which part failed to load, then loads it on Retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Greeting);
    const greeting = retryableLazy(load);
    render(
      <LoadBoundary what="the greeting" onRetry={greeting.retry}>
        <Suspense fallback={<p>Loading…</p>}>
          <greeting.Component name="Neo" />
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
    const load = vi.fn(async () => Greeting);
    const greeting = retryableLazy(load);
    render(
      <LoadBoundary what="the greeting" onRetry={greeting.retry}>
        <Suspense fallback={<p>Loading…</p>}>
          <greeting.Component name="A" />
          <greeting.Component name="B" />
        </Suspense>
      </LoadBoundary>,
    );
    expect(await screen.findByText('Hello A')).toBeInTheDocument();
    expect(screen.getByText('Hello B')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
