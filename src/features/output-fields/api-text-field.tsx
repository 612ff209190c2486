import { memo, useMemo, type InputHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldLabel } from '../../components/ui/field-label';
import { FieldMessages } from '../../components/ui/field-messages';
import { inputClasses } from '../../components/ui/input-classes';
import { fieldDomId } from '../../lib/field-dom-id';
import { useConfiguration } from '../../state/draft/configuration-context';
import { useFieldProblems } from '../../state/analysis/use-field-problems';

type Props = {
  apiName: 'S3OutputLocation' | 'KmsKeyId';
  label: string;
  placeholder: string;
  help: string;
  optional?: boolean;
  hint?: string;
};

/** A top-level string member of OutputConfig, typed straight into react-hook-form. */
export function ApiTextField({ apiName, label, placeholder, help, optional, hint }: Props) {
  const { form, markInteracted } = useConfiguration();
  const { problems, ariaProps, applyFix } = useFieldProblems(apiName);
  const id = fieldDomId(apiName);
  // Registered once: a fresh registration each render would hand the input a new ref, which
  // react-hook-form re-registers, on every keystroke.
  const registration = useMemo(
    () => form.register(apiName, { onChange: () => markInteracted(apiName) }),
    [form, apiName, markInteracted],
  );
  return (
    <div>
      <FieldLabel htmlFor={id} label={label} apiName={apiName} optional={optional} />
      <p className="text-xs text-muted">{help}</p>
      <TextInput
        id={id}
        placeholder={placeholder}
        aria-invalid={ariaProps['aria-invalid']}
        aria-describedby={ariaProps['aria-describedby']}
        registration={registration}
      />
      <FieldMessages field={apiName} problems={problems} onFix={applyFix} extraHint={hint} />
    </div>
  );
}

type TextInputProps = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'placeholder' | 'aria-invalid' | 'aria-describedby'
> & { registration: UseFormRegisterReturn };

/**
 * The input itself, re-rendered only when one of its attributes changes: the browser holds
 * what is typed (react-hook-form reads it), and React rewrites an input's name and type on
 * every update it makes, which restyles it.
 */
const TextInput = memo(function TextInput({ registration, ...attributes }: TextInputProps) {
  return (
    <input
      type="text"
      spellCheck={false}
      autoComplete="off"
      className={inputClasses}
      {...attributes}
      {...registration}
    />
  );
});
