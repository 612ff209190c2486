import { Suspense } from 'react';
import { LoadBoundary } from '../../components/ui/load-boundary';
import { onDemandComponent } from '../../components/ui/on-demand-component';
import { withKey } from '../../domain/draft';
import { DeviceCatalogue } from './catalogue/device-catalogue';
import { FieldMessages } from '../../components/ui/field-messages';
import { useDraftActions, useTargetMode } from '../../state/draft/configuration-context';
import { useDraftMember } from '../../state/draft/use-draft-member';
import { useFieldProblems } from '../../state/analysis/use-field-problems';
import { TARGET_CODE } from '../../state/on-demand-code';

// Shown once a device is chosen, so it loads with the rest of a target's code (that group is in
// memory before any target is set, so this never shows its fallback).
const SelectedDeviceDetails = onDemandComponent(
  () => import('./selected-device-details').then((module) => module.SelectedDeviceDetails),
  TARGET_CODE,
);

/** TargetDevice: picked from the catalogue; its details and any problems show above the list. */
export function DeviceTarget() {
  const { updateDraft } = useDraftActions();
  const { switchMode } = useTargetMode();
  const device = useDraftMember('TargetDevice');
  const { problems, applyFix } = useFieldProblems('TargetDevice');
  const selectedDevice = typeof device === 'string' ? device : undefined;
  return (
    <div>
      <FieldMessages field="TargetDevice" problems={problems} onFix={applyFix} />
      {selectedDevice && (
        <LoadBoundary what="the device details">
          <Suspense fallback={null}>
            <SelectedDeviceDetails deviceId={selectedDevice} />
          </Suspense>
        </LoadBoundary>
      )}
      <DeviceCatalogue
        selectedDevice={selectedDevice}
        onSelect={(id) =>
          updateDraft((draft) => withKey(draft, 'TargetDevice', id), 'TargetDevice')
        }
        onUsePlatform={() => switchMode('platform')}
      />
    </div>
  );
}
