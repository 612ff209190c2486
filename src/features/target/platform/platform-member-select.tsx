import type { TargetPlatformKey } from '../../../domain/api-values';
import { withPlatformMember } from '../../../domain/draft';
import { LINK_VALUE_CHOICE, platformChoices } from '../../../domain/target/platform-choices';
import type { PlatformFields } from '../../../domain/target/target';
import { FieldLabel } from '../../../components/ui/field-label';
import { FieldMessages } from '../../../components/ui/field-messages';
import { inputClasses } from '../../../components/ui/input-classes';
import { fieldDomId } from '../../../lib/field-dom-id';
import { useDraftActions } from '../../../state/draft/configuration-context';
import { useFieldProblems } from '../../../state/analysis/use-field-problems';

type Props = { member: TargetPlatformKey; label: string; fields: PlatformFields };

/** One TargetPlatform member as a select; unusual choices say why, a link's value stays shown. */
export function PlatformMemberSelect({ member, label, fields }: Props) {
  const { updateDraft } = useDraftActions();
  const field = `TargetPlatform.${member}`;
  const { problems, ariaProps, applyFix } = useFieldProblems(field);
  const id = fieldDomId(field);
  const { choices, selected } = platformChoices(member, fields);
  return (
    <div>
      <FieldLabel htmlFor={id} label={label} apiName={member} optional={member === 'Accelerator'} />
      <select
        id={id}
        value={selected}
        className={inputClasses}
        {...ariaProps}
        onChange={(event) => {
          const value = event.target.value;
          // The link's own value is already in the draft; choosing it again changes nothing.
          if (value === LINK_VALUE_CHOICE) return;
          updateDraft((draft) => withPlatformMember(draft, member, value || undefined), field);
        }}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.text}
          </option>
        ))}
      </select>
      <FieldMessages field={field} problems={problems} onFix={applyFix} />
    </div>
  );
}
