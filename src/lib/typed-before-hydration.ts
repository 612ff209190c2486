/**
 * Text typed into the prerendered page before the app took it over. React hydrates a field
 * keeping that text, and records it as what the field holds, but the app's state still holds
 * what the page was rendered with: the field and the preview would disagree until the next key.
 * Each such field is handed its text again as an input event, so that the app takes it as typed.
 */

// The prototype's setter, which React does not watch (it watches the element's own).
const setValueUnwatched = Object.getOwnPropertyDescriptor(
  HTMLInputElement.prototype,
  'value',
)!.set!;

/** Replays the text of `fields`, each holding text other than its rendered `defaultValue`. */
export function replayTypedBeforeHydration(fields: readonly HTMLInputElement[]): void {
  for (const field of fields) {
    const typed = field.value;
    // Through the element's own setter, React's record goes back to what was rendered; then the
    // text comes back past it, so that the input event is a change to React.
    field.value = field.defaultValue;
    setValueUnwatched.call(field, typed);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
