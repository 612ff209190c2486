import { useCombobox } from 'downshift';
import { optionValueText } from '../../domain/compiler-options/field-edits';
import type { Suggestion } from '../../domain/compiler-options/plan/suggestion-notes';
import { freeTextComboboxReducer } from '../../hooks/free-text-combobox';
import { optionInputClasses, type OptionWidgetProps } from './option-widget-props';

type Props = OptionWidgetProps & { apiName: string; suggestions: readonly Suggestion[] };

// The typed text is the value: the selected suggestion following the text never rewrites it.
const keepTypedText = freeTextComboboxReducer<Suggestion>();

/** Free text with a list of suggested values (ARIA combobox); the list narrows as one types. */
export function OptionCombobox({
  id,
  apiName,
  value,
  onChange,
  suggestions,
  disabled,
  placeholder,
  ...aria
}: Props) {
  const text = optionValueText(value);
  const query = text.trim().toLowerCase();
  const isExact = suggestions.some((suggestion) => suggestion.value.toLowerCase() === query);
  const items =
    query === '' || isExact
      ? [...suggestions]
      : suggestions.filter((suggestion) => suggestion.value.toLowerCase().includes(query));
  const {
    isOpen,
    highlightedIndex,
    getInputProps,
    getMenuProps,
    getItemProps,
    getToggleButtonProps,
  } = useCombobox<Suggestion>({
    items,
    inputValue: text,
    selectedItem: suggestions.find((suggestion) => suggestion.value === text) ?? null,
    inputId: id,
    menuId: `${id}-suggestions`,
    toggleButtonId: `${id}-toggle`,
    itemToString: (item) => item?.value ?? '',
    itemToKey: (item) => item?.value,
    stateReducer: keepTypedText,
    // Picking a suggestion; typing goes through the input's own onChange below, because
    // downshift reports input changes from an effect, a frame after the keystroke.
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem && selectedItem.value !== text) onChange(selectedItem.value);
    },
  });
  return (
    <div className="relative">
      <div className="flex items-stretch gap-1">
        <input
          {...getInputProps({
            disabled,
            placeholder,
            spellCheck: false,
            onChange: (event) => onChange(event.currentTarget.value),
            ...aria,
          })}
          // The visible <label htmlFor> names the input; downshift's label id is not rendered.
          aria-labelledby={undefined}
          className={optionInputClasses}
        />
        <button
          type="button"
          {...getToggleButtonProps({ disabled })}
          aria-label={`Suggestions for ${apiName}`}
          className="mt-1 shrink-0 rounded-md border border-border px-2 text-subtle focus-ring hover:bg-surface-muted disabled:opacity-50"
        >
          <span aria-hidden="true">{isOpen ? '▴' : '▾'}</span>
        </button>
      </div>
      <ul
        {...getMenuProps({ 'aria-label': `Suggested ${apiName} values` })}
        className={`absolute z-10 mt-1 max-h-60 w-full overflow-auto rounded-md border border-border bg-background py-1 text-sm shadow-lg ${isOpen && items.length > 0 ? '' : 'hidden'}`}
      >
        {isOpen &&
          items.map((item, index) => {
            const itemProps = getItemProps({ item, index });
            return (
              <li
                key={item.value}
                {...itemProps}
                className={`flex flex-wrap items-baseline gap-x-2 px-3 py-1.5 ${highlightedIndex === index ? 'bg-selected-surface' : ''}`}
              >
                <span className="font-mono">{item.value}</span>
                {itemProps['aria-selected'] && (
                  <span className="text-xs font-medium text-accent-text">current</span>
                )}
                {item.note && <span className="text-xs text-muted">{item.note}</span>}
              </li>
            );
          })}
      </ul>
    </div>
  );
}
