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
      <div className="mt-1 flex flex-wrap items-center gap-1.5 rounded-md border border-border bg-background px-2 py-1.5 focus-within:border-focus focus-within:outline-2 focus-within:outline-focus has-[input:disabled]:cursor-not-allowed has-[input:disabled]:bg-surface-muted has-[input[aria-invalid=true]]:border-danger-mark">
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
          className="min-w-24 flex-1 bg-transparent py-0.5 font-mono text-sm outline-none placeholder:text-faint"
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
              className="rounded-full border border-dashed border-border-strong px-2 py-0.5 font-mono text-xs text-subtle focus-ring hover:bg-surface-muted"
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
          ? 'border-chip-border bg-selected-surface text-chip-text'
          : 'border-bad-chip-border bg-bad-chip-surface text-danger-text'
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
        className="rounded-full px-1 leading-none focus-ring hover:bg-chip-hover"
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
