import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';

type StateReducer<Item> = (
  state: UseComboboxState<Item>,
  actionAndChanges: UseComboboxStateChangeOptions<Item>,
) => Partial<UseComboboxState<Item>>;

/**
 * The downshift `stateReducer` of a free-text combobox, where what is typed is the value and
 * the list only offers: a highlighted item never replaces the typed text, except when picked.
 * - Enter on a highlighted item, or a click on one, picks it; Enter with none highlighted
 *   closes the list and keeps the text.
 * - Escape closes the list and keeps the text (downshift clears it on a second Escape).
 * - Leaving the field closes the list and keeps the text (on a Tab downshift picks the
 *   highlighted item, which a mouse merely passing over the list highlights).
 * - A new selected item (the text now equals a suggestion) never rewrites the text.
 * With `keepOpenAfterPick` the list stays open after a pick, for a field of several words.
 */
export function freeTextComboboxReducer<Item>({
  keepOpenAfterPick = false,
}: { keepOpenAfterPick?: boolean } = {}): StateReducer<Item> {
  const types = useCombobox.stateChangeTypes;
  return (state, { type, changes }) => {
    const typed = { inputValue: state.inputValue, selectedItem: state.selectedItem };
    const picked = keepOpenAfterPick ? { ...changes, isOpen: true } : changes;
    switch (type) {
      case types.InputKeyDownEscape:
      case types.InputBlur:
      case types.ControlledPropUpdatedSelectedItem:
        return { ...changes, ...typed };
      case types.InputKeyDownEnter:
        return state.highlightedIndex < 0 ? { ...changes, ...typed } : picked;
      case types.ItemClick:
        return picked;
      default:
        return changes;
    }
  };
}
