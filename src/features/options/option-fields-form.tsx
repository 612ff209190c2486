import { useCallback } from 'react';
import { Notice } from '../../components/ui/notice';
import type { OptionsPlan } from '../../domain/compiler-options/plan/applicable-options';
import type { OptionKey } from '../../domain/compiler-options/plan/option-fields';
import { hasNeon, withNeon, withOptionField } from '../../domain/compiler-options/field-edits';
import type { ParsedCompilerOptions } from '../../domain/compiler-options/api-string';
import { ownValue, type JsonObject, type JsonValue } from '../../domain/json/json-value';
import { useDraftActions } from '../../state/draft/configuration-context';
import { NeonSwitch } from './neon-switch';
import { OptionFieldRow } from './option-field-row';

type Props = {
  plan: OptionsPlan;
  /** The options object the fields edit; undefined disables them (CompilerOptions holds no object). */
  options: JsonObject | undefined;
  parsed: ParsedCompilerOptions;
};

/** The planned option fields, in plan order, each with its companion control after it. */
export function OptionFieldsForm({ plan, options, parsed }: Props) {
  const { updateDraft } = useDraftActions();
  // One callback for every row, so that a keystroke in one option re-renders that row only.
  const changeOption = useCallback(
    (key: OptionKey, value: JsonValue | undefined) =>
      updateDraft((draft) => withOptionField(draft, key, value), key),
    [updateDraft],
  );
  const disabled = options === undefined;
  return (
    <div className="space-y-4">
      {disabled && <UnreadableNotice parsed={parsed} />}
      {plan.fields.map((planned) => {
        const key = planned.field.key;
        return (
          <div key={key} className="space-y-2">
            <OptionFieldRow
              planned={planned}
              value={options && ownValue(options, key)}
              disabled={disabled}
              onChange={changeOption}
            />
            {planned.companion === 'neon-switch' && (
              <NeonSwitch
                isOn={options !== undefined && hasNeon(options)}
                disabled={disabled}
                onToggle={(on) => updateDraft((draft) => withNeon(draft, on), 'mattr')}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}

function UnreadableNotice({ parsed }: { parsed: ParsedCompilerOptions }) {
  const what =
    parsed.kind === 'flags'
      ? 'holds a quoted flags string, not an object of options'
      : 'does not read as an object of options';
  return (
    <Notice tone="warning">
      The fields are locked so that the CompilerOptions text you came with is not overwritten: it{' '}
      {what}. Fix it under “Advanced: all options as JSON” below and the fields unlock.
    </Notice>
  );
}
