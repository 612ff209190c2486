import { integerOrText, optionValueText } from '../../domain/compiler-options/field-edits';
import { optionInputClasses, type OptionWidgetProps } from './option-widget-props';

type Props = OptionWidgetProps & { integer?: boolean };

/**
 * Free text, or with `integer` a number field: it writes a number when the text is exactly an
 * integer and keeps the text otherwise, so nothing typed is lost and the rules can flag it.
 */
export function OptionTextInput({ value, onChange, integer = false, ...inputProps }: Props) {
  return (
    <input
      {...inputProps}
      type="text"
      inputMode={integer ? 'numeric' : undefined}
      spellCheck={false}
      autoComplete="off"
      className={optionInputClasses}
      value={optionValueText(value)}
      onChange={(event) => {
        const text = event.target.value;
        onChange(integer ? integerOrText(text) : text);
      }}
    />
  );
}
