import { memo, Suspense, useCallback } from 'react';
import { onDemandComponent } from '../../components/ui/on-demand-component';
import { CatchBoundary } from '../../components/ui/catch-boundary';
import { FieldLabel } from '../../components/ui/field-label';
import { FieldMessages } from '../../components/ui/field-messages';
import type { OptionFieldPlan } from '../../domain/compiler-options/plan/applicable-options';
import type { OptionKey } from '../../domain/compiler-options/plan/option-fields';
import type { JsonValue } from '../../domain/json/json-value';
import { fieldDomId } from '../../lib/field-dom-id';
import { useFieldProblems } from '../../state/analysis/use-field-problems';
import { TARGET_PARTS } from '../../state/on-demand-code';
import { OptionSelect } from './option-select';
import { SuggestedValue } from './suggested-value';
import { OptionTextInput } from './option-text-input';
import { OptionTokenInput } from './option-token-input';
import type { OptionWidgetProps } from './option-widget-props';
import { FocusCarry, FocusCarryingStandIn, useCarriedFocus } from './focus-carry';

// The combobox (and downshift with it) loads only once a target with suggestions is chosen,
// which keeps it off the first screen; a plain input stands in meanwhile. It is a target
// part, so a page opened from a link shows the combobox at once, not a stand-in first.
const OptionCombobox = onDemandComponent(
  () => import('./option-combobox').then((module) => module.OptionCombobox),
  TARGET_PARTS,
);

type Props = {
  planned: OptionFieldPlan;
  value: JsonValue | undefined;
  /** Sets the option `key` (this row's) to `value`, or removes it. */
  onChange: (key: OptionKey, value: JsonValue | undefined) => void;
  disabled: boolean;
};

/**
 * Every option is read again from the CompilerOptions text on each edit, so a row's value is a
 * new array or object even when unchanged: rows compare its JSON text, and re-render only when
 * their own option, plan or lock changed (their problems come from their own subscription).
 */
const sameRowProps = (before: Props, after: Props) =>
  before.planned === after.planned &&
  before.disabled === after.disabled &&
  before.onChange === after.onChange &&
  JSON.stringify(before.value) === JSON.stringify(after.value);

/** One compiler option: its label with the API key, help, the widget the field asks for, messages. */
export const OptionFieldRow = memo(function OptionFieldRow({
  planned,
  value,
  onChange: changeOption,
  disabled,
}: Props) {
  const { field, required, note, hint, help, suggested } = planned;
  const onChange = useCallback(
    (next: JsonValue | undefined) => changeOption(field.key, next),
    [changeOption, field.key],
  );
  const { problems, ariaProps, applyFix } = useFieldProblems(field.key);
  const id = fieldDomId(field.key);
  const helpId = `${id}-help`;
  const widgetProps: OptionWidgetProps = {
    id,
    value,
    onChange,
    disabled,
    // Never a value-like grey text: a suggested value is said beside the field (SPEC §4.11).
    placeholder: 'Not set',
    'aria-invalid': ariaProps['aria-invalid'],
    'aria-describedby': `${helpId} ${ariaProps['aria-describedby']}`,
  };
  return (
    <div>
      <FieldLabel htmlFor={id} label={field.label} apiName={field.key} />
      <div id={helpId} className="text-xs text-muted">
        <p>
          {required && <strong className="font-semibold text-emphasis">Required. </strong>}
          {help}
        </p>
        {note !== undefined && <p className="mt-0.5 italic">{note}</p>}
      </div>
      <OptionWidget planned={planned} widgetProps={widgetProps} />
      {suggested !== undefined && value === undefined && !disabled && (
        <SuggestedValue apiName={field.key} value={suggested} onApply={() => onChange(suggested)} />
      )}
      <FieldMessages
        field={field.key}
        problems={problems}
        onFix={applyFix}
        extraHint={problems.length === 0 ? hint : undefined}
      />
    </div>
  );
}, sameRowProps);

type WidgetProps = { planned: OptionFieldPlan; widgetProps: OptionWidgetProps };

function OptionWidget({ planned: { field, suggestions }, widgetProps }: WidgetProps) {
  const carriedRef = useCarriedFocus();
  const values = suggestions.map((suggestion) => suggestion.value);
  switch (field.widget) {
    case 'select':
      return <OptionSelect {...widgetProps} values={field.values ?? values} />;
    case 'tokens':
      return (
        <OptionTokenInput
          {...widgetProps}
          apiName={field.key}
          schema={field.schema}
          suggestions={values}
        />
      );
    case 'integer':
      return <OptionTextInput {...widgetProps} integer />;
    case 'combobox':
      return suggestions.length > 0 ? (
        // Without its code (offline) the field stays a plain input: only the suggestions are lost.
        <CatchBoundary
          fallback={() => (
            <FocusCarry id={widgetProps.id} carriedRef={carriedRef}>
              <OptionTextInput {...widgetProps} />
            </FocusCarry>
          )}
        >
          <Suspense fallback={<FocusCarryingStandIn {...widgetProps} carriedRef={carriedRef} />}>
            <FocusCarry id={widgetProps.id} carriedRef={carriedRef}>
              <OptionCombobox {...widgetProps} apiName={field.key} suggestions={suggestions} />
            </FocusCarry>
          </Suspense>
        </CatchBoundary>
      ) : (
        <OptionTextInput {...widgetProps} />
      );
    case 'text':
      return <OptionTextInput {...widgetProps} />;
  }
}
