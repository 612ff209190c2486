import { FieldLabel } from '../../components/ui/field-label';
import { FieldMessages } from '../../components/ui/field-messages';
import { inputClasses } from '../../components/ui/input-classes';
import { fieldDomId } from '../../lib/field-dom-id';
import { useConfiguration } from '../../state/configuration-context';
import { useFieldProblems } from '../../state/use-field-problems';

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
  const registration = form.register(apiName, {
    onChange: () => markInteracted(apiName),
  });
  return (
    <div>
      <FieldLabel htmlFor={id} label={label} apiName={apiName} optional={optional} />
      <p className="text-xs text-muted">{help}</p>
      <input
        id={id}
        type="text"
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholder}
        className={inputClasses}
        {...ariaProps}
        {...registration}
      />
      <FieldMessages field={apiName} problems={problems} onFix={applyFix} extraHint={hint} />
    </div>
  );
}
