import { optionValueText } from '../../domain/compiler-options/field-edits';
import { optionInputClasses, type OptionWidgetProps } from './option-widget-props';

// The option value of a value that came from a link and is not in the closed set.
const AS_GIVEN = '\u0000as-given';

type Props = Omit<OptionWidgetProps, 'placeholder'> & { values: readonly string[] };

/** A closed set of values with a "not set" choice; a value from a link outside the set is shown as given. */
export function OptionSelect({ values, value, onChange, ...inputProps }: Props) {
  const current = optionValueText(value);
  const isForeign = value !== undefined && !values.includes(current);
  return (
    <select
      {...inputProps}
      className={optionInputClasses}
      value={isForeign ? AS_GIVEN : current}
      onChange={(event) => {
        const next = event.target.value;
        if (next !== AS_GIVEN) onChange(next === '' ? undefined : next);
      }}
    >
      <option value="">(not set)</option>
      {isForeign && <option value={AS_GIVEN}>{current} (as given)</option>}
      {values.map((choice) => (
        <option key={choice} value={choice}>
          {choice}
        </option>
      ))}
    </select>
  );
}
