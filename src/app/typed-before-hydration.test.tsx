// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { callWindowEventHandlers } from '../testing/window-event-handlers';
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

/** Types as a user does, through the setter React does not watch, then the input event. */
function typeInto(input: HTMLInputElement, text: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

// React's act() needs to know it runs in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// What the user does after the take-over is kept through them.
let stopCalling: () => void;
beforeEach(() => {
  stopCalling = callWindowEventHandlers();
});
afterEach(() => stopCalling());

/** The controls prerendered, typed and chosen in, then taken over by React. */
async function takenOverAfter(text: string, choice: string) {
  const seen = fresh();
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Controls seen={seen} />);
  document.body.append(container);
  const search = container.querySelector('input')!;
  const select = container.querySelector('select')!;
  search.value = text;
  select.value = choice;
  await act(async () => {
    hydrateRoot(container, <Controls seen={seen} />);
  });
  return { seen, container, search, select };
}

describe('replayTypedBeforeHydration', () => {
  it('hands React what was typed and chosen in the prerendered controls, all of it', async () => {
    const { seen, container, search, select } = await takenOverAfter('nano', 'gpu');
    expect(seen).toEqual(fresh());

    await act(async () => replayTypedBeforeHydration(holdControls(container), container));
    // The render the search's replay causes would put the select back: both are still handed on.
    expect(seen).toEqual({ text: ['nano'], choice: ['gpu'] });
    expect(search.value).toBe('nano');
    expect(select.value).toBe('gpu');
    container.remove();
  });

  it('leaves a control the user has changed in the app since as they changed it', async () => {
    const { seen, container, search } = await takenOverAfter('jet', 'gpu');
    const held = holdControls(container);
    // Typed on while the code that hands on the early text loads: the app has it already.
    await act(async () => typeInto(search, 'jetson'));
    expect(seen.text).toEqual(['jetson']);

    await act(async () => replayTypedBeforeHydration(held, container));
    expect(seen).toEqual({ text: ['jetson'], choice: ['gpu'] });
    expect(search.value).toBe('jetson');
    container.remove();
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

describe('replayTypedBeforeHydration, clicks', () => {
  /** A tab, a device and a counting button, each saying what the app made of its clicks. */
  function Clickables() {
    const [tab, setTab] = useState('Device');
    const [device, setDevice] = useState('none');
    const [count, setCount] = useState(0);
    return (
      <>
        <button type="button" role="tab" onClick={() => setTab('Platform')}>
          Platform
        </button>
        <div role="option" aria-selected={device === 'ml_m5'} onClick={() => setDevice('ml_m5')}>
          <span>ml_m5</span>
        </div>
        <button type="button" onClick={() => setCount((counted) => counted + 1)}>
          Count
        </button>
        <label htmlFor="early-checkbox">Label</label>
        <input id="early-checkbox" type="checkbox" />
        <output>{`${tab} ${device} ${count}`}</output>
      </>
    );
  }

  async function takenOver() {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Clickables />);
    document.body.append(container);
    const found = (text: string) =>
      [...container.querySelectorAll<HTMLElement>('*')].find(
        (element) => element.textContent === text,
      )!;
    const shown = () => container.querySelector('output')!.textContent;
    const hydrate = () =>
      act(async () => {
        hydrateRoot(container, <Clickables />);
      });
    return { container, found, shown, hydrate };
  }

  it('clicks again, in order, what the app answers and was clicked before it took the page over', async () => {
    const { container, found, shown, hydrate } = await takenOver();
    // A click on the device lands on its text; the counting button was clicked twice.
    const clicked = [found('ml_m5'), found('Count'), found('Platform'), found('Count')];
    await hydrate();
    expect(shown()).toBe('Device none 0');

    await act(async () => replayTypedBeforeHydration([[], []], container, clicked));
    expect(shown()).toBe('Platform ml_m5 2');
    container.remove();
  });

  // Clicked again after a click the app answered (a device chosen since, say), an early click
  // would undo it; after a click on a label or a control, it undoes nothing.
  it.each([
    ['the app answers', 'Count', 'Device none 1'],
    ['the app does not answer', 'Label', 'Platform none 0'],
  ])(
    'after the take-over, a click on what %s decides whether early clicks are clicked again',
    async (_, clickedSince, expected) => {
      const { container, found, shown, hydrate } = await takenOver();
      await hydrate();
      const held = holdControls(container);
      await act(async () => found(clickedSince).click());
      await act(async () => replayTypedBeforeHydration(held, container, [found('Platform')]));
      expect(shown()).toBe(expected);
      container.remove();
    },
  );

  it('leaves alone what answered a click without the app', async () => {
    const { container, found, shown, hydrate } = await takenOver();
    const checkbox = container.querySelector('input')!;
    // Clicked before the take-over, the label checked the box, and the box was then unchecked.
    const clicked = [found('Label'), checkbox];
    await hydrate();

    await act(async () => replayTypedBeforeHydration([[], []], container, clicked));
    expect(shown()).toBe('Device none 0');
    expect(checkbox.checked).toBe(false);
    container.remove();
  });

  it('takes what before-paint.js kept when it is given no clicks', async () => {
    const { container, found, shown, hydrate } = await takenOver();
    window.clickedBeforeTakeOver = [found('Platform')];
    await hydrate();

    await act(async () => replayTypedBeforeHydration([[], []], container));
    expect(shown()).toBe('Platform none 0');
    window.clickedBeforeTakeOver = undefined;
    container.remove();
  });
});
