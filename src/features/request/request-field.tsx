import { memo, type ReactNode } from 'react';
import { FieldLabel } from '../../components/ui/field-label';
import { inputClasses } from '../../components/ui/input-classes';
import type { RequestAnalysis } from '../../domain/request/request-analysis';
import type { RequestFieldMeta } from '../../domain/request/request-fields';
import { fieldDomId } from '../../lib/field-dom-id';
import { RequestFieldMessages } from './request-field-messages';
import { useRequestField } from './use-request-field';

type Props = {
  meta: RequestFieldMeta;
  analysis?: RequestAnalysis;
  /** What follows the field's messages, e.g. a helper that writes the field. */
  after?: (field: { text: string; setText: (text: string) => void }) => ReactNode;
};

/**
 * One request field from the domain's list: a text box or, for a closed set, a select.
 * Memoised: a keystroke elsewhere re-renders the section for its preview, not every field.
 */
export const RequestField = memo(function RequestField({ meta, analysis, after }: Props) {
  const { text, setText, problems, ariaProps } = useRequestField(meta.path, meta.widget, analysis);
  const id = fieldDomId(meta.path);
  const options = meta.options ?? [];
  return (
    <div>
      <FieldLabel htmlFor={id} label={meta.label} apiName={meta.path} optional={meta.optional} />
      <p className="text-xs text-muted">{meta.help}</p>
      {meta.widget === 'select' ? (
        <select
          id={id}
          value={text}
          onChange={(event) => setText(event.target.value)}
          className={inputClasses}
          {...ariaProps}
        >
          <option value="">Choose…</option>
          {/* A value from a link that is not in the list stays selectable, as given. */}
          {text !== '' && !options.includes(text) && <option value={text}>{text}</option>}
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type="text"
          inputMode={meta.widget === 'seconds' ? 'numeric' : undefined}
          spellCheck={false}
          autoComplete="off"
          placeholder={meta.example}
          value={text}
          onChange={(event) => setText(event.target.value)}
          className={inputClasses}
          {...ariaProps}
        />
      )}
      <RequestFieldMessages field={meta.path} problems={problems} />
      {after?.({ text, setText })}
    </div>
  );
});
