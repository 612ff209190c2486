// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { holdControls } from './held-controls';
import { replayTypedBeforeHydration } from './typed-before-hydration';

type Seen = { text: string[]; choice: string[] };

/** A search box and a select, each controlled, each reporting the changes React hands it. */
function Controls({ seen }: { seen: Seen }) {
  const [text, setText] = useState('');
  const [choice, setChoice] = useState('');
  return (
    <>
      <input
        type="search"
        aria-label="Search"
        value={text}
        onChange={(event) => {
          seen.text.push(event.target.value);
          setText(event.target.value);
        }}
      />
      <select
        aria-label="Choice"
        value={choice}
        onChange={(event) => {
          seen.choice.push(event.target.value);
          setChoice(event.target.value);
        }}
      >
        <option value="">All</option>
        <option value="gpu">GPU</option>
      </select>
    </>
  );
}

const fresh = (): Seen => ({ text: [], choice: [] });

// React's act() needs to know it runs in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('replayTypedBeforeHydration', () => {
  it('hands React what was typed and chosen in the prerendered controls, all of it', async () => {
    const seen = fresh();
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Controls seen={seen} />);
    const search = container.querySelector('input')!;
    const select = container.querySelector('select')!;
    search.value = 'nano';
    select.value = 'gpu';
    await act(async () => {
      hydrateRoot(container, <Controls seen={seen} />);
    });
    expect(seen).toEqual(fresh());

    await act(async () => replayTypedBeforeHydration(holdControls(container), container));
    // The render the search's replay causes would put the select back: both are still handed on.
    expect(seen).toEqual({ text: ['nano'], choice: ['gpu'] });
    expect(search.value).toBe('nano');
    expect(select.value).toBe('gpu');
  });

  it('hands on nothing from controls rendered in the browser', async () => {
    const seen = fresh();
    const container = document.createElement('div');
    await act(async () => createRoot(container).render(<Controls seen={seen} />));
    await act(async () => replayTypedBeforeHydration(holdControls(container), container));
    expect(seen).toEqual(fresh());
  });

  it('hands on nothing when nothing was typed before the take-over', async () => {
    const seen = fresh();
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Controls seen={seen} />);
    await act(async () => {
      hydrateRoot(container, <Controls seen={seen} />);
    });
    await act(async () => replayTypedBeforeHydration(holdControls(container), container));
    expect(seen).toEqual(fresh());
  });

  it('says that a disclosure opened before the take-over is open, so that it shows its content', async () => {
    function Disclosure() {
      const [isOpen, setIsOpen] = useState(false);
      return (
        <details open={isOpen} onToggle={(event) => setIsOpen(event.currentTarget.open)}>
          <summary>More</summary>
          {isOpen && <p>Content</p>}
        </details>
      );
    }
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Disclosure />);
    const details = container.querySelector('details')!;
    // Opened well before the take-over: its toggle event has come and gone.
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve));
    details.open = true;
    await toggled;
    await act(async () => {
      hydrateRoot(container, <Disclosure />);
    });
    expect(container.textContent).toBe('More');

    await act(async () => replayTypedBeforeHydration(holdControls(container), container));
    expect(container.textContent).toBe('MoreContent');
  });
});
