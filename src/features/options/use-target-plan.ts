import { useMemo } from 'react';
import type { CatalogueDevice } from '../../domain/catalogue/catalogue-schema';
import {
  planOptions,
  type OptionsPlan,
} from '../../domain/compiler-options/plan/applicable-options';
import type { OutputConfigDraft } from '../../domain/draft';
import { readTarget } from '../../domain/target/target';
import { useCatalogue, useDeviceIndex } from '../../state/catalogue/use-catalogue';
import { useDraftMember } from '../../state/draft/use-draft-member';

export type TargetPlan = {
  plan: OptionsPlan;
  /** The catalogue entry of the TargetDevice, once the catalogue has loaded. */
  device?: CatalogueDevice;
  /** A TargetDevice is set but the catalogue that describes it is still loading. */
  isLoading: boolean;
  /** The catalogue could not be loaded (the Target panel offers Retry). */
  isCatalogueMissing: boolean;
};

/** Which option fields the draft's target shows, as the domain plans them. */
export function useTargetPlan(): TargetPlan {
  const targetDevice = useDraftMember('TargetDevice');
  const targetPlatform = useDraftMember('TargetPlatform');
  const devices = useDeviceIndex();
  const isCatalogueMissing = useCatalogue().error !== undefined;
  return useMemo(() => {
    const draft: OutputConfigDraft = {};
    if (targetDevice !== undefined) draft.TargetDevice = targetDevice;
    if (targetPlatform !== undefined) draft.TargetPlatform = targetPlatform;
    const target = readTarget(draft);
    const device = typeof target.device === 'string' ? devices?.get(target.device) : undefined;
    return {
      plan: planOptions(target, device),
      device,
      isLoading: devices === undefined && target.device !== undefined,
      isCatalogueMissing,
    };
  }, [targetDevice, targetPlatform, devices, isCatalogueMissing]);
}
