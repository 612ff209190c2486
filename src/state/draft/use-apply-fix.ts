import { useCallback } from 'react';
import type { Fix } from '../../domain/problem';
import { useDraftActions } from './configuration-context';

/** Applies a problem's one-click fix to the draft and reveals the field it belongs to. */
export function useApplyFix(): (fix: Fix, field: string) => void {
  const { updateDraft } = useDraftActions();
  return useCallback((fix: Fix, field: string) => updateDraft(fix.apply, field), [updateDraft]);
}
