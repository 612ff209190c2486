import { useCallback } from 'react';
import type { DraftEdit } from './configuration-context';
import { useConfiguration } from './configuration-context';

/**
 * Applies an edit that sets the whole TargetPlatform (a preset, a device turned into a
 * platform) in Platform mode, and reveals the messages of all three members it set.
 */
export function useApplyPlatformPreset(): (edit: DraftEdit) => void {
  const { switchMode, updateDraft, markInteracted } = useConfiguration();
  return useCallback(
    (edit: DraftEdit) => {
      switchMode('platform');
      updateDraft(edit, 'TargetPlatform.Os');
      markInteracted('TargetPlatform.Arch');
      markInteracted('TargetPlatform.Accelerator');
    },
    [switchMode, updateDraft, markInteracted],
  );
}
