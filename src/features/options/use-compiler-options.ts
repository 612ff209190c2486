import { useMemo } from 'react';
import type { CatalogueDevice } from '../../domain/catalogue-schema';
import { planOptions, type OptionsPlan } from '../../domain/compiler-options/applicable-options';
import {
  parseCompilerOptions,
  type ParsedCompilerOptions,
} from '../../domain/compiler-options/compiler-options-text';
import { readOptionsObject } from '../../domain/compiler-options/options-edit';
import type { OutputConfigDraft } from '../../domain/draft';
import type { JsonObject, JsonValue } from '../../domain/json-value';
import { readTarget } from '../../domain/target';
import { useCatalogue, useDeviceIndex } from '../../state/use-catalogue';
import { useDraftMember } from '../../state/use-draft-member';

export type CompilerOptionsState = {
  /** CompilerOptions exactly as the draft holds it. */
  raw: JsonValue | undefined;
  parsed: ParsedCompilerOptions;
  /** The options object the fields edit; undefined when CompilerOptions holds none (flags, bad text). */
  options: JsonObject | undefined;
};

/** The draft's CompilerOptions, read once per change. */
export function useCompilerOptions(): CompilerOptionsState {
  const raw = useDraftMember('CompilerOptions');
  return useMemo(() => {
    const draft: OutputConfigDraft = raw === undefined ? {} : { CompilerOptions: raw };
    return { raw, parsed: parseCompilerOptions(raw), options: readOptionsObject(draft) };
  }, [raw]);
}

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
  const isCatalogueMissing = useCatalogue().isError;
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
