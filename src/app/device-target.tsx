import { withKey } from '../domain/draft';
import { DeviceCatalogue } from '../features/catalogue/device-catalogue';
import { FieldMessages } from '../components/ui/field-messages';
import { useConfiguration } from '../state/configuration-context';
import { useDraftMember } from '../state/use-draft-member';
import { useFieldProblems } from '../state/use-field-problems';
import { SelectedDeviceDetails } from '../features/target/selected-device-details';

/** TargetDevice: picked from the catalogue; its details and any problems show above the list. */
export function DeviceTarget() {
  const { updateDraft } = useConfiguration();
  const device = useDraftMember('TargetDevice');
  const { problems, applyFix } = useFieldProblems('TargetDevice');
  const selectedDevice = typeof device === 'string' ? device : undefined;
  return (
    <div>
      <FieldMessages field="TargetDevice" problems={problems} onFix={applyFix} />
      {selectedDevice && <SelectedDeviceDetails deviceId={selectedDevice} />}
      <DeviceCatalogue
        selectedDevice={selectedDevice}
        onSelect={(id) =>
          updateDraft((draft) => withKey(draft, 'TargetDevice', id), 'TargetDevice')
        }
      />
    </div>
  );
}
