import { useCallback } from 'react';
import type { DraftEdit } from './configuration-context';
import { useDraftActions } from './configuration-context';

/**
 * Applies an edit that sets the whole TargetPlatform (a preset, a device turned into a
 * platform) in Platform mode, with Undo, and reveals the messages of all three members it set.
 * `what` names the action in the notice, e.g. "Raspberry Pi 3 Model B+ example".
 */
export function useApplyPlatformPreset(): (edit: DraftEdit, what: string) => void {
  const { replaceValues, markInteracted } = useDraftActions();
  return useCallback(
    (edit: DraftEdit, what: string) => {
      replaceValues(what, edit, 'platform');
      markInteracted('TargetPlatform.Os');
      markInteracted('TargetPlatform.Arch');
      markInteracted('TargetPlatform.Accelerator');
    },
    [replaceValues, markInteracted],
  );
}
