import { explainPlatform } from '../../../domain/target/platform-choices';
import { fieldDomId, fieldMessagesId } from '../../../lib/field-dom-id';
import { PlatformMemberSelect } from './platform-member-select';
import { PlatformObjectProblems } from './platform-object-problems';
import { PlatformPresetButtons } from './platform-preset-buttons';
import { usePlatformFields } from './use-platform-fields';

/** TargetPlatform: presets from the reference, then Os, Arch and Accelerator (SPEC §4.2). */
export function PlatformPicker() {
  const fields = usePlatformFields();
  const explanation = explainPlatform(fields);
  return (
    <div className="@container space-y-5">
      <PlatformPresetButtons />
      <fieldset
        id={fieldDomId('TargetPlatform')}
        tabIndex={-1}
        aria-describedby={fieldMessagesId('TargetPlatform')}
        className="space-y-3 focus-ring"
      >
        <legend className="text-sm font-semibold">
          Describe the platform <code className="font-normal">TargetPlatform</code>
        </legend>
        <PlatformObjectProblems />
        <div className="grid gap-3 @lg:grid-cols-3">
          <PlatformMemberSelect member="Os" label="Operating system" fields={fields} />
          <PlatformMemberSelect member="Arch" label="Architecture" fields={fields} />
          <PlatformMemberSelect member="Accelerator" label="GPU or accelerator" fields={fields} />
        </div>
        {explanation && (
          <p
            data-testid="platform-explanation"
            className={`rounded-md border p-2 text-sm ${
              explanation.isUnusual
                ? 'border-warning-border bg-warning-surface text-warning-text'
                : 'border-line bg-neutral-surface text-subtle'
            }`}
          >
            {explanation.isUnusual && <span className="font-medium">Unusual: </span>}
            {explanation.text}
          </p>
        )}
      </fieldset>
    </div>
  );
}
