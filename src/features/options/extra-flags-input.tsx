import { useCombobox } from 'downshift';
import { inputClasses } from '../../components/ui/input-classes';
import type { NeuronCompiler } from '../../domain/compiler-options/inferentia-flags';
import { completeFlag, flagCompletions } from '../../domain/compiler-options/plan/flag-completions';
import type { Suggestion } from '../../domain/compiler-options/plan/suggestion-notes';
import { freeTextComboboxReducer } from '../../hooks/free-text-combobox';

type Props = {
  id: string;
  value: string;
  compiler: NeuronCompiler;
  describedBy: string;
  onChange: (value: string) => void;
};

// The typed text stays the text; the list stays open after a pick for the next word (a value
// after a flag name), and a pick is written by onSelectedItemChange.
const keepTypedText = freeTextComboboxReducer<Suggestion>({ keepOpenAfterPick: true });

/**
 * The Extra flags field (ARIA combobox): the word being typed is completed from the compiler's
 * reference, flag names, or after a flag its documented values; picking one writes it in place.
 */
export function ExtraFlagsInput({ id, value, compiler, describedBy, onChange }: Props) {
  const completions = flagCompletions(value, compiler);
  const items = completions.items;
  const { isOpen, highlightedIndex, getInputProps, getMenuProps, getItemProps } =
    useCombobox<Suggestion>({
      items,
      inputValue: value,
      selectedItem: null,
      inputId: id,
      menuId: `${id}-completions`,
      itemToString: (item) => item?.value ?? '',
      itemToKey: (item) => item?.value,
      stateReducer: keepTypedText,
      onSelectedItemChange: ({ selectedItem }) => {
        if (selectedItem) onChange(completeFlag(completions, selectedItem.value));
      },
    });
  return (
    <div className="relative">
      <input
        {...getInputProps({
          spellCheck: false,
          placeholder: 'Not set',
          onChange: (event) => onChange(event.currentTarget.value),
          'aria-describedby': describedBy,
        })}
        // The visible <label htmlFor> names the input; downshift's label id is not rendered.
        aria-labelledby={undefined}
        className={inputClasses}
      />
      <ul
        {...getMenuProps({ 'aria-label': `${compiler} flags and values` })}
        className={`absolute z-10 mt-1 max-h-60 w-full overflow-auto rounded-md border border-border bg-background py-1 text-sm shadow-lg ${isOpen && items.length > 0 ? '' : 'hidden'}`}
      >
        {isOpen &&
          items.map((item, index) => (
            <li
              key={item.value}
              {...getItemProps({ item, index })}
              className={`flex flex-wrap items-baseline gap-x-2 px-3 py-1.5 ${highlightedIndex === index ? 'bg-selected-surface' : ''}`}
            >
              <span className="font-mono">{item.value}</span>
              {item.note && <span className="text-xs text-muted">{item.note}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
