import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { withCanonicalSlots, type OutputConfigDraft } from '../../domain/draft';
import type { TargetMode } from '../../domain/target/target-mode';
import type { TargetStash } from '../../domain/target/target-switch';
import type { DraftEdit, DraftFormValues, Replacement } from './configuration-context';
import { draftChanges, fromTargetCode, targetSwitch } from '../on-demand-code';

type Snapshot = { draft: OutputConfigDraft; mode: TargetMode; stash: TargetStash };

type Deps = {
  form: UseFormReturn<DraftFormValues>;
  getDraft: () => OutputConfigDraft;
  applyDraft: (next: OutputConfigDraft) => void;
  mode: TargetMode;
  setMode: (mode: TargetMode) => void;
  stashRef: RefObject<TargetStash>;
  /** Runs an action once the code that targets and options need is in memory. */
  afterTargetCode: (action: () => void) => void;
};

/**
 * One undo for every action that replaces values the user set (SPEC §4.11): a preset, an
 * example, "Use as platform", documented options. Each records the draft, tab and kept-aside
 * targets from before, and what it changed, for the notice that offers Undo.
 */
export function useReplacements({
  form,
  getDraft,
  applyDraft,
  mode,
  setMode,
  stashRef,
  afterTargetCode,
}: Deps) {
  const [replacement, setReplacement] = useState<Replacement | undefined>(undefined);
  const before = useRef<Snapshot | undefined>(undefined);

  const replaceValues = useCallback(
    (what: string, edit: DraftEdit, toMode?: TargetMode) =>
      afterTargetCode(() => {
        const snapshot: Snapshot = {
          draft: structuredClone(getDraft()),
          mode,
          stash: stashRef.current,
        };
        if (toMode !== undefined && toMode !== mode) {
          const { switchTargetMode } = fromTargetCode(targetSwitch);
          const switched = switchTargetMode(getDraft(), stashRef.current, mode, toMode);
          stashRef.current = switched.stash;
          applyDraft(switched.draft);
          setMode(toMode);
        }
        applyDraft(edit(getDraft()));
        before.current = snapshot;
        setReplacement({
          what,
          changes: fromTargetCode(draftChanges)(snapshot.draft, getDraft()),
          undone: false,
        });
      }),
    [afterTargetCode, applyDraft, getDraft, mode, setMode, stashRef],
  );

  const undoReplacement = useCallback(() => {
    const snapshot = before.current;
    if (snapshot === undefined) return;
    form.reset(withCanonicalSlots(snapshot.draft), { keepDefaultValues: true });
    setMode(snapshot.mode);
    stashRef.current = snapshot.stash;
    before.current = undefined;
    setReplacement((last) => last && { ...last, undone: true });
  }, [form, setMode, stashRef]);

  const dismissReplacement = useCallback(() => setReplacement(undefined), []);

  return useMemo(
    () => ({ replacement, replaceValues, undoReplacement, dismissReplacement }),
    [replacement, replaceValues, undoReplacement, dismissReplacement],
  );
}
