import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { withCanonicalSlots, type OutputConfigDraft } from '../../domain/draft';
import { modeOfDraft, type TargetMode } from '../../domain/target/target-mode';
import type { TargetStash } from '../../domain/target/target-switch';
import {
  ConfigurationContext,
  type ConfigurationApi,
  type DraftEdit,
  type DraftFormValues,
  type UnappliedOptions,
} from './configuration-context';
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
  const [mode, setMode] = useState<TargetMode>(() => initialMode ?? modeOfDraft(initialDraft));
  const [revealAll, setRevealAll] = useState(revealInitially);
  const [interacted, setInteracted] = useState<ReadonlySet<string>>(() => new Set());
  const stash = useRef<TargetStash>({});
  const [keptAside, setKeptAside] = useState<string | undefined>(undefined);
  const [unappliedOptions, setUnappliedOptions] = useState<UnappliedOptions | undefined>(undefined);
  const [, setCodeFailure] = useState<undefined>(undefined);

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
    setInteracted((current) => (current.has(field) ? current : new Set(current).add(field)));
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

  const updateDraft = useCallback(
    (edit: DraftEdit, touchedField?: string) =>
      afterTargetCode(() => {
        applyDraft(edit(getDraft()));
        if (touchedField) markInteracted(touchedField);
      }),
    [afterTargetCode, applyDraft, getDraft, markInteracted],
  );

  const loadDraft = useCallback(
    (draft: OutputConfigDraft, to: TargetMode = modeOfDraft(draft)) =>
      afterTargetCode(() => {
        stash.current = {};
        resetDraftForm(form, draft);
        setMode(to);
        setRevealAll(true);
      }),
    [afterTargetCode, form],
  );

  const switchMode = useCallback(
    (to: TargetMode) =>
      afterTargetCode(() => {
        if (to === mode) return;
        const { switchTargetMode, keptAsideNotice } = fromTargetCode(targetSwitch);
        const result = switchTargetMode(getDraft(), stash.current, mode, to);
        setKeptAside(keptAsideNotice(getDraft(), mode));
        stash.current = result.stash;
        applyDraft(result.draft);
        setMode(to);
      }),
    [afterTargetCode, applyDraft, getDraft, mode],
  );

  const replacements = useReplacements({
    form,
    getDraft,
    applyDraft,
    mode,
    setMode,
    stashRef: stash,
    afterTargetCode,
  });

  const api = useMemo<ConfigurationApi>(
    () => ({
      ...replacements,
      afterTargetCode,
      keptAside,
      unappliedOptions,
      setUnappliedOptions,
      form,
      getDraft,
      mode,
      switchMode,
      updateDraft,
      loadDraft,
      markInteracted,
      isRevealed: (field) => revealAll || interacted.has(field),
      isPristine: !revealAll && interacted.size === 0,
    }),
    [
      replacements,
      afterTargetCode,
      keptAside,
      unappliedOptions,
      form,
      getDraft,
      mode,
      switchMode,
      updateDraft,
      loadDraft,
      markInteracted,
      revealAll,
      interacted,
    ],
  );
  return <ConfigurationContext value={api}>{children}</ConfigurationContext>;
}
