import type { OptionsPlan } from '../../domain/compiler-options/applicable-options';
import type { CatalogueDevice } from '../../domain/catalogue-schema';
import {
  hasNeon,
  withNeon,
  withOptionField,
} from '../../domain/compiler-options/option-field-edits';
import type { ParsedCompilerOptions } from '../../domain/compiler-options/compiler-options-text';
import { ownValue, type JsonObject } from '../../domain/json-value';
import { useConfiguration } from '../../state/configuration-context';
import { NeonSwitch } from './neon-switch';
import { OptionFieldRow } from './option-field-row';

// SPEC §3.8: the EIA pair the rules reject together; both fields stay visible.
const EITHER_OR_KEYS = ['signature_def_key', 'output_names'];
const EITHER_OR_HINT = 'Set at most one of signature_def_key and output_names.';

type Props = {
  plan: OptionsPlan;
  device?: CatalogueDevice;
  /** The options object the fields edit; undefined disables them (CompilerOptions holds no object). */
  options: JsonObject | undefined;
  parsed: ParsedCompilerOptions;
};

/** The planned option fields, in plan order, with the NEON switch beside mattr. */
export function OptionFieldsForm({ plan, device, options, parsed }: Props) {
  const { updateDraft } = useConfiguration();
  const disabled = options === undefined;
  const hasEitherOr = EITHER_OR_KEYS.every((key) =>
    plan.fields.some((planned) => planned.field.key === key),
  );
  return (
    <div className="space-y-4">
      {disabled && <UnreadableNotice parsed={parsed} />}
      {plan.fields.map((planned, index) => {
        const key = planned.field.key;
        // A note shared with the field just above (trt-ver, cuda-ver) is said once.
        const isRepeatedNote =
          planned.note !== undefined && planned.note === plan.fields[index - 1]?.note;
        return (
          <div key={key} className="space-y-2">
            <OptionFieldRow
              planned={isRepeatedNote ? { ...planned, note: undefined } : planned}
              device={device}
              value={options && ownValue(options, key)}
              disabled={disabled}
              hint={hasEitherOr && EITHER_OR_KEYS.includes(key) ? EITHER_OR_HINT : undefined}
              onChange={(value) => updateDraft((draft) => withOptionField(draft, key, value), key)}
            />
            {key === 'mattr' && plan.neonSwitch && (
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
    <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
      The fields are locked so that the CompilerOptions text you came with is not overwritten: it{' '}
      {what}. Fix it under “Advanced: all options as JSON” below and the fields unlock.
    </p>
  );
}
