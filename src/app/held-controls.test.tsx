// @vitest-environment jsdom
import { waitFor } from '@testing-library/react';
import { bootAndRender, stubSystemScheme } from '../testing/boot-and-render';

// The code that hands on what was typed before the take-over cannot be loaded (offline, say).
vi.mock('./typed-before-hydration', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

beforeAll(stubSystemScheme);

describe('the page a user acted on before the app took it over', () => {
  it('stops keeping clicks, inputs and changes when the code that hands them on cannot load', async () => {
    Object.defineProperty(navigator, 'userActivation', {
      value: { hasBeenActive: true },
      configurable: true,
    });
    const keptBeforeTakeOver = () => undefined;
    window.onclick = keptBeforeTakeOver;
    await bootAndRender('');
    await waitFor(() => expect(window.onclick).toBeNull());
    expect(window.oninput).toBeNull();
    expect(window.onchange).toBeNull();
  });
});
