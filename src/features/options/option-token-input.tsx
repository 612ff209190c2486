import { useState, type KeyboardEvent } from 'react';
import type { OptionSchema } from '../../domain/compiler-options/plan/option-fields';
import { optionTokens, optionValueText } from '../../domain/compiler-options/field-edits';
import type { JsonValue } from '../../domain/json/json-value';
import type { OptionWidgetProps } from './option-widget-props';

type Props = OptionWidgetProps & {
  apiName: string;
  /** The field's schema (a list); each token is checked on its own with it. */
  schema: OptionSchema;
  suggestions: readonly string[];
};

/**
 * A list option as removable chips: Enter or a comma adds what was typed, Backspace in the
 * empty input removes the last token, leaving the field adds what is left in it.
 */
export function OptionTokenInput({
  id,
  apiName,
  schema,
  value,
  onChange,
  suggestions,
  disabled,
  placeholder,
  ...aria
}: Props) {
  const [pending, setPending] = useState('');
  const tokens = optionTokens(value);
  const add = (texts: string[]) => {
    const added = texts.map((text) => text.trim()).filter(Boolean);
    if (added.length > 0) onChange([...tokens, ...added]);
  };
  const remove = (index: number) => onChange(tokens.filter((_, at) => at !== index));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add([pending]);
      setPending('');
    } else if (event.key === 'Backspace' && pending === '' && tokens.length > 0) {
      event.preventDefault();
      remove(tokens.length - 1);
    }
  };
  const onInputChange = (text: string) => {
    const parts = text.split(',');
    const rest = parts.pop() ?? '';
    add(parts);
    setPending(rest);
  };
  const missing = suggestions.filter((suggestion) => !tokens.includes(suggestion));

  return (
    <div>
      <div className="mt-1 flex flex-wrap items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2 py-1.5 focus-within:border-teal-600 focus-within:outline-2 focus-within:outline-teal-600 has-[input:disabled]:cursor-not-allowed has-[input:disabled]:bg-slate-100 has-[input[aria-invalid=true]]:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:has-[input:disabled]:bg-slate-800 dark:has-[input[aria-invalid=true]]:border-red-400">
        {tokens.length > 0 && (
          <ul aria-label={`${apiName} tokens`} className="contents">
            {tokens.map((token, index) => (
              <TokenChip
                key={index}
                token={token}
                isValid={schema.safeParse([token]).success}
                disabled={disabled}
                onRemove={() => remove(index)}
              />
            ))}
          </ul>
        )}
        <input
          id={id}
          type="text"
          spellCheck={false}
          autoComplete="off"
          disabled={disabled}
          placeholder={tokens.length === 0 ? placeholder : undefined}
          value={pending}
          onChange={(event) => onInputChange(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            add([pending]);
            setPending('');
          }}
          className="min-w-24 flex-1 bg-transparent py-0.5 font-mono text-sm outline-none placeholder:text-slate-500 dark:placeholder:text-slate-400"
          {...aria}
        />
      </div>
      {missing.length > 0 && !disabled && (
        <div className="mt-1.5 flex flex-wrap gap-1.5">
          {missing.map((suggestion) => (
            <button
              key={suggestion}
              type="button"
              onClick={() => add([suggestion])}
              className="rounded-full border border-dashed border-slate-400 px-2 py-0.5 font-mono text-xs text-slate-700 focus-ring hover:bg-slate-100 dark:border-slate-500 dark:text-slate-300 dark:hover:bg-slate-800"
            >
              Add {suggestion}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

type ChipProps = { token: JsonValue; isValid: boolean; disabled: boolean; onRemove: () => void };

function TokenChip({ token, isValid, disabled, onRemove }: ChipProps) {
  const text = optionValueText(token);
  return (
    <li
      className={`inline-flex items-center gap-1 rounded-full border py-0.5 pr-0.5 pl-2 font-mono text-xs ${
        isValid
          ? 'border-teal-300 bg-teal-50 text-teal-900 dark:border-teal-700 dark:bg-teal-950 dark:text-teal-100'
          : 'border-red-400 bg-red-50 text-red-900 dark:border-red-500 dark:bg-red-950 dark:text-red-100'
      }`}
    >
      {!isValid && <span aria-hidden="true">!</span>}
      <span>{text}</span>
      {!isValid && <span className="sr-only">(invalid)</span>}
      <button
        type="button"
        disabled={disabled}
        onClick={onRemove}
        aria-label={`Remove ${text}`}
        className="rounded-full px-1 leading-none focus-ring hover:bg-black/10 dark:hover:bg-white/10"
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
