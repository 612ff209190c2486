import { Notice } from '../../components/ui/notice';
import type { OptionsPlan } from '../../domain/compiler-options/plan/applicable-options';
import { hasNeon, withNeon, withOptionField } from '../../domain/compiler-options/field-edits';
import type { ParsedCompilerOptions } from '../../domain/compiler-options/api-string';
import { ownValue, type JsonObject } from '../../domain/json/json-value';
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
              onChange={(value) => updateDraft((draft) => withOptionField(draft, key, value), key)}
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
