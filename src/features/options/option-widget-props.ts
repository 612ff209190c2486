import { inputClasses } from '../../components/ui/input-classes';
import type { JsonValue } from '../../domain/json/json-value';

/** What every option widget gets: the value as the draft holds it and a way to change it. */
export type OptionWidgetProps = {
  /** The input's id: fieldDomId(key), so the label and the summary find it. */
  id: string;
  value: JsonValue | undefined;
  /** undefined (or "" or an empty list) removes the key. */
  onChange: (value: JsonValue | undefined) => void;
  disabled: boolean;
  placeholder: string;
  'aria-invalid': boolean;
  'aria-describedby': string;
};

/** inputClasses plus a visibly locked state, for fields locked while CompilerOptions is unreadable. */
export const optionInputClasses = `${inputClasses} disabled:cursor-not-allowed disabled:bg-surface-muted disabled:text-faint`;
