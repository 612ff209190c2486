import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { withCanonicalSlots, type OutputConfigDraft } from '../../domain/draft';
import { modeOfDraft, type TargetMode } from '../../domain/target/target-mode';
import { needsTargetCode } from '../../domain/target/target-or-options';
import type { TargetStash } from '../../domain/target/target-switch';
import {
  DraftActionsContext,
  RevealContext,
  TargetModeContext,
  UnappliedOptionsContext,
  UndoContext,
  type DraftActions,
  type DraftEdit,
  type DraftFormValues,
  type RevealState,
  type TargetModeState,
  type UnappliedOptions,
  type UnappliedOptionsState,
  type UndoState,
} from './configuration-context';
import { DraftFormContext } from './draft-form';
import { initialReveal, isFieldRevealed, isPristine, withTouched } from '../reveal';
import { resetDraftForm } from './reset-draft-form';
import { fromTargetCode, targetSwitch, whenTargetCode } from '../on-demand-code';
import { useReplacements } from './use-replacements';

type Props = {
  initialDraft: OutputConfigDraft;
  /** The tab to start on, as the link decided it; without one, the draft's own mode. */
  initialMode?: TargetMode;
  /** True when the draft came from a link: its problems show without waiting for a touch. */
  revealInitially: boolean;
  children: ReactNode;
};

/** Holds the draft in react-hook-form and the UI state that goes with it (mode, touched). */
export function ConfigurationProvider({
  initialDraft,
  initialMode,
  revealInitially,
  children,
}: Props) {
  const form = useForm<DraftFormValues>({
    defaultValues: withCanonicalSlots(initialDraft),
  });
  const [mode, showMode] = useState<TargetMode>(() => initialMode ?? modeOfDraft(initialDraft));
  // An action that waited for the target code runs after the clicks that came meanwhile: it
  // reads the tab they left, not the one shown when it was asked for.
  const modeNow = useRef(mode);
  const setMode = useCallback((to: TargetMode) => {
    modeNow.current = to;
    showMode(to);
  }, []);
  const [reveal, setReveal] = useState(() => initialReveal(revealInitially));
  const stash = useRef<TargetStash>({});
  const [keptAside, setKeptAside] = useState<string>();
  const [unappliedOptions, setUnappliedOptions] = useState<UnappliedOptions>();
  const [, setCodeFailure] = useState<undefined>();

  // Every action that may bring a target or options waits for their code (a click before the
  // idle preload has brought it); if it cannot load, the error boundary says so.
  const afterTargetCode = useCallback((action: () => void) => {
    void whenTargetCode(action)?.catch((error: unknown) =>
      setCodeFailure(() => {
        throw error;
      }),
    );
  }, []);

  const markInteracted = useCallback((field: string) => {
    setReveal((current) => withTouched(current, field));
  }, []);

  const getDraft = useCallback(() => form.getValues() as OutputConfigDraft, [form]);

  const applyDraft = useCallback(
    (next: OutputConfigDraft) => {
      const current = getDraft();
      const slotted = withCanonicalSlots(next);
      const sameKeys = Object.keys(current).join('\n') === Object.keys(slotted).join('\n');
      if (!sameKeys) {
        resetDraftForm(form, slotted);
        return;
      }
      for (const [key, value] of Object.entries(slotted)) {
        if (JSON.stringify(current[key]) !== JSON.stringify(value)) {
          form.setValue(key, value, { shouldDirty: true });
        }
      }
    },
    [form, getDraft],
  );

  // An edit of a draft that needs the target code already has it: it applies in its own event,
  // as a controlled field keeps a key only then. One that brings the first target or options
  // waits for the code, so that the screen never shows that state without it.
  const updateDraft = useCallback(
    (edit: DraftEdit, touchedField?: string) => {
      const apply = () => {
        applyDraft(edit(getDraft()));
        if (touchedField) markInteracted(touchedField);
      };
      if (needsTargetCode(getDraft())) apply();
      else afterTargetCode(apply);
    },
    [afterTargetCode, applyDraft, getDraft, markInteracted],
  );

  const loadDraft = useCallback(
    (draft: OutputConfigDraft, to: TargetMode = modeOfDraft(draft)) =>
      afterTargetCode(() => {
        stash.current = {};
        resetDraftForm(form, draft);
        setMode(to);
        setReveal(initialReveal(true));
      }),
    [afterTargetCode, form, setMode],
  );

  // Puts aside what the tab shown holds and brings back what the other held (SPEC §4.3). Runs
  // with the target code in memory.
  const moveToMode = useCallback(
    (to: TargetMode) => {
      const { switchTargetMode } = fromTargetCode(targetSwitch);
      const switched = switchTargetMode(getDraft(), stash.current, modeNow.current, to);
      stash.current = switched.stash;
      applyDraft(switched.draft);
      setMode(to);
    },
    [applyDraft, getDraft, setMode],
  );

  const switchMode = useCallback(
    (to: TargetMode) =>
      afterTargetCode(() => {
        const from = modeNow.current;
        if (to === from) return;
        setKeptAside(fromTargetCode(targetSwitch).keptAsideNotice(getDraft(), from));
        moveToMode(to);
      }),
    [afterTargetCode, getDraft, moveToMode],
  );

  const replacements = useReplacements({
    form,
    getDraft,
    applyDraft,
    modeRef: modeNow,
    setMode,
    moveToMode,
    stashRef: stash,
    afterTargetCode,
  });

  const { replaceValues, undoHistory, currentPoint, recordChange } = replacements;
  const { undoReplacement, dismissReplacement } = replacements;
  const actions = useMemo<DraftActions>(
    () => ({ getDraft, updateDraft, loadDraft, replaceValues, afterTargetCode, markInteracted }),
    [getDraft, updateDraft, loadDraft, replaceValues, afterTargetCode, markInteracted],
  );
  const targetMode = useMemo<TargetModeState>(
    () => ({ mode, switchMode, keptAside }),
    [mode, switchMode, keptAside],
  );
  const revealState = useMemo<RevealState>(
    () => ({
      isRevealed: (field) => isFieldRevealed(reveal, field),
      isPristine: isPristine(reveal),
    }),
    [reveal],
  );
  const undo = useMemo<UndoState>(
    () => ({ undoHistory, currentPoint, recordChange, undoReplacement, dismissReplacement }),
    [undoHistory, currentPoint, recordChange, undoReplacement, dismissReplacement],
  );
  const unapplied = useMemo<UnappliedOptionsState>(
    () => ({ unappliedOptions, setUnappliedOptions }),
    [unappliedOptions],
  );
  return (
    <DraftFormContext value={form}>
      <DraftActionsContext value={actions}>
        <TargetModeContext value={targetMode}>
          <RevealContext value={revealState}>
            <UndoContext value={undo}>
              <UnappliedOptionsContext value={unapplied}>{children}</UnappliedOptionsContext>
            </UndoContext>
          </RevealContext>
        </TargetModeContext>
      </DraftActionsContext>
    </DraftFormContext>
  );
}
