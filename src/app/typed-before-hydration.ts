/**
 * What the user typed, chose or clicked in the prerendered page before the app took it over.
 * React hydrates a control keeping that text or choice, and records it as what the control
 * holds, but the app's state still holds what the page was rendered with: the field and the
 * preview, or the filter and the list, would disagree until the next change (and a disclosure
 * opened early would stay open and empty). Each is handed its value again as the event React
 * listens to, so that the app takes it as typed. A button, tab or device clicked early did
 * nothing then: it is clicked again, in the order the user clicked.
 */
import { releaseControls, type HeldControl, type HeldPage } from './held-controls';

declare global {
  interface Window {
    /**
     * What public/before-paint.js kept of the clicks on a fresh visit's prerendered page, until
     * the app took it over (src/main.tsx).
     */
    clickedBeforeTakeOver?: EventTarget[];
  }
}

// The prototype's setter, which React does not watch (it watches the element's own).
const setValueUnwatched = Object.getOwnPropertyDescriptor(
  HTMLInputElement.prototype,
  'value',
)!.set!;

// The kinds of control a prerendered page holds; a file input, for one, cannot be set.
const REPLAYED = 'input[type=text], input[type=search], input[type=radio], select';

/**
 * A prerendered select marks its option with `selected`; one React renders in the browser marks
 * none (React sets the property only), and is never something chosen before the take-over.
 */
function isChosenBeforeHydration([control, value, checked]: HeldControl): boolean {
  if (!control.matches(REPLAYED)) return false;
  if (control instanceof HTMLSelectElement) {
    const rendered = [...control.options].find((option) => option.defaultSelected);
    return rendered !== undefined && value !== rendered.value;
  }
  return control.type === 'radio'
    ? checked === true && !control.defaultChecked
    : value !== control.defaultValue;
}

function replay([control, value]: HeldControl): void {
  if (control instanceof HTMLSelectElement) {
    control.value = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
  } else if (control.type === 'radio') {
    // Unchecked through the element's own setter, React's record is unchecked too; the click
    // then checks it again, a change to React.
    control.checked = false;
    control.click();
  } else {
    // Through the element's own setter, React's record goes back to what was rendered; then
    // the text comes back past it, so that the input event is a change to React.
    control.value = control.defaultValue;
    setValueUnwatched.call(control, value);
    control.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

// What the app answers a click on. A control, its label and a disclosure answer a click
// without the app; what they hold is replayed above. (A disabled button ignores a click, and one
// React no longer shows is not heard by it.)
const ANSWERED_BY_THE_APP = 'button, [role=option], [role=tab]';

const answeredByTheApp = (target: EventTarget | null) =>
  target instanceof Element ? target.closest(ANSWERED_BY_THE_APP) : null;

/**
 * Replays every held control that held what the page was not rendered with and that the user
 * has not changed since, says that each open disclosure of `root` is open (one opened early
 * stays open, its content never rendered), then clicks again what was clicked early, if the app
 * answers it, unless the user has since clicked something the app answers: clicked again after
 * that click, an early one would undo it.
 */
export function replayTypedBeforeHydration(
  [held, doneSince]: HeldPage,
  root: ParentNode,
  clicked: readonly EventTarget[] = window.clickedBeforeTakeOver ?? [],
): void {
  releaseControls();
  // Handed on once: React runs a first effect twice in development.
  window.clickedBeforeTakeOver = [];
  const changedSince = new Set(doneSince.map((event) => event.target));
  held
    .filter(([control]) => !changedSince.has(control))
    .filter(isChosenBeforeHydration)
    .forEach(replay);
  for (const details of root.querySelectorAll('details[open]')) {
    details.dispatchEvent(new Event('toggle'));
  }
  const isClickedSince = doneSince.some(
    (event) => event.type === 'click' && answeredByTheApp(event.target),
  );
  if (isClickedSince) return;
  for (const target of clicked) {
    const answered = answeredByTheApp(target);
    if (answered instanceof HTMLElement) answered.click();
  }
}
