import { useId } from 'react';
import { inputClasses } from '../../../components/ui/input-classes';

type Props<T extends string> = {
  label: string;
  value: T | null;
  options: readonly { value: T; label: string }[];
  onChange: (value: T | null) => void;
};

const ALL = '';

/** A catalogue filter: "All" or one of the values some device has. */
export function FilterSelect<T extends string>({ label, value, options, onChange }: Props<T>) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
        {/* "Arch filter", not "Arch": the Platform tab's Arch select keeps the exact name. */}
        <span className="sr-only"> filter</span>
      </label>
      <select
        id={id}
        value={value ?? ALL}
        onChange={(event) =>
          onChange(options.find((option) => option.value === event.target.value)?.value ?? null)
        }
        className={inputClasses}
      >
        <option value={ALL}>All</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
