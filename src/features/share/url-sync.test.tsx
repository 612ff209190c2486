// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { withKey } from '../../domain/draft';
import { buildShareHash } from '../../domain/link/encode-link';
import { renderWithConfiguration } from '../../testing/render-with-configuration';
import { useDraftActions, useTargetMode } from '../../state/draft/configuration-context';
import { useTextFieldRegistration } from '../../state/draft/draft-form';
import { URL_QUIET_MS } from './use-url-sync';
import { UrlSync } from './url-sync';

function SetLocationButton() {
  const { updateDraft } = useDraftActions();
  return (
    <button
      type="button"
      onClick={() => updateDraft((draft) => withKey(draft, 'S3OutputLocation', 's3://b/typed'))}
    >
      Type a location
    </button>
  );
}

function S3Field() {
  return <input aria-label="S3OutputLocation" {...useTextFieldRegistration('S3OutputLocation')} />;
}

const opened = { S3OutputLocation: 's3://b/opened', TargetDevice: 'ml_c5' };
// An outside tool's link: compact JSON, not the preview's two-space form.
const foreignHash = `#config=${btoa(JSON.stringify(opened)).replace(/=+$/, '')}`;
const preview = () => screen.getByTestId('json-preview').textContent;

function renderSync(linkError?: string) {
  renderWithConfiguration(
    <>
      <UrlSync linkError={linkError} />
      <SetLocationButton />
    </>,
    { draft: opened, revealAll: true },
  );
}

beforeEach(() => {
  window.history.replaceState(null, '', `/${foreignHash}`);
});

describe('UrlSync', () => {
  it('leaves an opened link as it is until the configuration changes', async () => {
    const replaceState = vi.spyOn(window.history, 'replaceState');
    renderSync();
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(replaceState).not.toHaveBeenCalled();
    expect(window.location.hash).toBe(foreignHash);
    replaceState.mockRestore();
  });

  it('writes an edit into the hash with replaceState, never pushState', async () => {
    const pushState = vi.spyOn(window.history, 'pushState');
    renderSync();
    fireEvent.click(screen.getByRole('button', { name: 'Type a location' }));
    const expected = buildShareHash({ ...opened, S3OutputLocation: 's3://b/typed' });
    await waitFor(() => expect(window.location.hash).toBe(expected));
    expect(pushState).not.toHaveBeenCalled();
    pushState.mockRestore();
  });

  describe('with the test’s clock', () => {
    // On a busy machine real 40 ms gaps can stretch past the pause that starts a write, and
    // the test would count writes the app rightly made.
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    });
    afterEach(() => {
      vi.useRealTimers();
    });
    const pause = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
    const typed = 's3://b/opened' + 'a'.repeat(12);

    async function typeTwelveKeys() {
      const field = screen.getByLabelText<HTMLInputElement>('S3OutputLocation');
      for (let key = 1; key <= 12; key += 1) {
        fireEvent.input(field, {
          target: { value: typed.slice(0, opened.S3OutputLocation.length + key) },
        });
        await pause(40);
      }
    }

    function renderTyping() {
      renderWithConfiguration(
        <>
          <UrlSync />
          <S3Field />
          <SetLocationButton />
        </>,
        { draft: opened, revealAll: true },
      );
      return vi.spyOn(window.history, 'replaceState');
    }

    it('writes a burst of typing once it pauses, besides the first change at once', async () => {
      const replaceState = renderTyping();
      await typeTwelveKeys();
      await pause(URL_QUIET_MS + 100);
      expect(replaceState).toHaveBeenCalledTimes(2);
      expect(window.location.hash).toBe(buildShareHash({ ...opened, S3OutputLocation: typed }));
      replaceState.mockRestore();
    });

    it('writes a click that ends a burst of typing as soon as its frame is shown', async () => {
      const replaceState = renderTyping();
      await typeTwelveKeys();
      fireEvent.click(screen.getByRole('button', { name: 'Type a location' }));
      await pause(40);
      expect(window.location.hash).toBe(
        buildShareHash({ ...opened, S3OutputLocation: 's3://b/typed' }),
      );
      replaceState.mockRestore();
    });
  });

  it('opens a link pasted into the address bar', async () => {
    renderSync();
    const pasted = { S3OutputLocation: 's3://b/pasted', TargetDevice: 'coreml' };
    window.location.hash = buildShareHash(pasted);
    await waitFor(() => expect(preview()).toBe(JSON.stringify(pasted, null, 2)));
    expect(screen.getByRole('status')).toHaveTextContent('Opened the configuration from the link.');
  });

  it('does not re-encode a pasted link after opening it, even from the other tab', async () => {
    renderWithConfiguration(<UrlSync />, {
      draft: { S3OutputLocation: 's3://b/x', TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' } },
    });
    const pasted = { S3OutputLocation: 's3://b/pasted', TargetDevice: 'coreml' };
    const compactHash = `#config=${btoa(JSON.stringify(pasted)).replace(/=+$/, '')}`;
    window.location.hash = compactHash;
    await waitFor(() => expect(preview()).toBe(JSON.stringify(pasted, null, 2)));
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(window.location.hash).toBe(compactHash);
  });

  it('opens a pasted link on the Platform tab when it asks for it and nothing changes by it', async () => {
    function ModeProbe() {
      return <p data-testid="mode">{useTargetMode().mode}</p>;
    }
    renderWithConfiguration(
      <>
        <UrlSync />
        <ModeProbe />
      </>,
      { draft: opened },
    );
    expect(screen.getByTestId('mode')).toHaveTextContent('device');
    window.location.hash = buildShareHash({ S3OutputLocation: 's3://b/x' }, { tab: 'platform' });
    await waitFor(() => expect(screen.getByTestId('mode')).toHaveTextContent('platform'));
    expect(preview()).toBe(JSON.stringify({ S3OutputLocation: 's3://b/x' }, null, 2));
  });

  it('says why a pasted link cannot be opened and changes nothing', async () => {
    renderSync();
    window.location.hash = '#config=%%%';
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^The link could not be opened: .*not valid base64url.* Your configuration is unchanged\./,
    );
    expect(preview()).toBe(JSON.stringify(opened, null, 2));
    expect(window.location.hash).toBe(buildShareHash(opened));
  });

  it('shows the start-up link error until dismissed', () => {
    renderSync('The link’s configuration is not UTF-8 text.');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The link could not be opened: The link’s configuration is not UTF-8 text. The configurator started empty.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
