// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reloadPage } from '../lib/reload-page';
import { AppErrorBoundary } from './error-boundary';

vi.mock('../lib/reload-page', () => ({ reloadPage: vi.fn() }));

const LINK_HASH = '#config=eyJUYXJnZXREZXZpY2UiOiJtbF9jNSJ9';

function Broken(): never {
  throw new Error('Cannot read properties of undefined (reading "Os")');
}

function renderBroken() {
  // React reports the caught error on the console; the test only looks at the page.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  window.history.replaceState(null, '', `/app/?v=1${LINK_HASH}`);
  render(
    <AppErrorBoundary>
      <p>before</p>
      <Broken />
    </AppErrorBoundary>,
  );
  return userEvent.setup();
}

afterEach(() => {
  vi.mocked(reloadPage).mockClear();
  vi.restoreAllMocks();
});

describe('AppErrorBoundary', () => {
  it('renders its children while nothing throws', () => {
    render(
      <AppErrorBoundary>
        <p>the app</p>
      </AppErrorBoundary>,
    );
    expect(screen.getByText('the app')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('replaces a child that throws with the message, the error and both ways out', () => {
    renderBroken();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong while showing this configuration');
    expect(alert).toHaveTextContent('Your configuration is kept in the page address');
    expect(alert).toHaveTextContent('Cannot read properties of undefined (reading "Os")');
    expect(screen.queryByText('before')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start over' })).toBeInTheDocument();
    // Showing the error leaves the configuration in the URL alone.
    expect(window.location.hash).toBe(LINK_HASH);
  });

  it('Reload reloads the same address, configuration included', async () => {
    const user = renderBroken();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reloadPage).toHaveBeenCalledTimes(1);
    expect(window.location.hash).toBe(LINK_HASH);
  });

  it('Start over clears the URL fragment, keeps path and query, then reloads', async () => {
    const user = renderBroken();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(window.location.hash).toBe('');
    expect(`${window.location.pathname}${window.location.search}`).toBe('/app/?v=1');
    expect(window.location.href.endsWith('#')).toBe(false);
    expect(reloadPage).toHaveBeenCalledTimes(1);
  });
});
