import { use, useCallback, useMemo, useState, type RefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { OutputConfigDraft } from '../../domain/draft';
import type { TargetMode } from '../../domain/target/target-mode';
import type { TargetStash } from '../../domain/target/target-switch';
import type { DraftEdit, DraftFormValues, RecordedChange } from './configuration-context';
import { RequestStoreContext } from '../request/request-store';
import { resetDraftForm } from './reset-draft-form';
import { draftChanges, fromTargetCode } from '../on-demand-code';
import { emptyHistory, undoLast, withEntry, withoutNote, type UndoHistory } from './undo-history';
import { sameUndoPoint, type UndoPoint } from './undo-point';

type Deps = {
  form: UseFormReturn<DraftFormValues>;
  getDraft: () => OutputConfigDraft;
  applyDraft: (next: OutputConfigDraft) => void;
  /** The tab as it is now (an action that waited for code runs after later clicks). */
  modeRef: RefObject<TargetMode>;
  setMode: (mode: TargetMode) => void;
  /** Switches the tab as a click on it does, once the target code is in memory. */
  moveToMode: (mode: TargetMode) => void;
  stashRef: RefObject<TargetStash>;
  /** Runs an action once the code that targets and options need is in memory. */
  afterTargetCode: (action: () => void) => void;
};

/**
 * One undo history for every action that replaces values the user set (SPEC §4.11, §4.12): a
 * preset, an example, "Use as platform", documented options, an import, a detection. Each
 * records what the page showed before and after, and what it changed; Undo reverts only the last
 * change, and only while nothing changed since (undo-history.ts).
 */
export function useReplacements({
  form,
  getDraft,
  applyDraft,
  modeRef,
  setMode,
  moveToMode,
  stashRef,
  afterTargetCode,
}: Deps) {
  const requestStore = use(RequestStoreContext);
  const [history, setHistory] = useState<UndoHistory<UndoPoint>>(emptyHistory);

  const currentPoint = useCallback(
    (atMode: TargetMode = modeRef.current): UndoPoint => ({
      draft: structuredClone(getDraft()),
      mode: atMode,
      stash: stashRef.current,
      ...(requestStore ? { request: requestStore.getSnapshot().draft } : {}),
    }),
    [getDraft, modeRef, stashRef, requestStore],
  );

  const recordChange = useCallback(
    ({ what, title, lines, before, mode: afterMode }: RecordedChange) => {
      const after = currentPoint(afterMode);
      const entry = { what, title, lines, before, after };
      setHistory((current) => withEntry(current, entry, sameUndoPoint));
    },
    [currentPoint],
  );

  const replaceValues = useCallback(
    (what: string, edit: DraftEdit, toMode?: TargetMode) =>
      afterTargetCode(() => {
        const mode = modeRef.current;
        const before = currentPoint();
        if (toMode !== undefined && toMode !== mode) moveToMode(toMode);
        applyDraft(edit(getDraft()));
        const lines = fromTargetCode(draftChanges)(before.draft, getDraft());
        recordChange({
          what,
          title: `Applied ${what}.`,
          lines: lines.length > 0 ? lines : ['Nothing changed: the values were already these.'],
          before,
          mode: toMode ?? mode,
        });
      }),
    [afterTargetCode, applyDraft, currentPoint, getDraft, modeRef, moveToMode, recordChange],
  );

  const undoReplacement = useCallback(() => {
    const undone = undoLast(history, currentPoint(), sameUndoPoint);
    if (undone === undefined) return;
    const { restore } = undone;
    resetDraftForm(form, restore.draft);
    setMode(restore.mode);
    stashRef.current = restore.stash;
    if (requestStore && restore.request) {
      const request = restore.request;
      requestStore.update(() => request);
    }
    setHistory(undone.history);
  }, [history, currentPoint, form, setMode, stashRef, requestStore]);

  const dismissReplacement = useCallback(() => setHistory(withoutNote), []);

  return useMemo(
    () => ({
      undoHistory: history,
      currentPoint,
      recordChange,
      replaceValues,
      undoReplacement,
      dismissReplacement,
    }),
    [history, currentPoint, recordChange, replaceValues, undoReplacement, dismissReplacement],
  );
}
