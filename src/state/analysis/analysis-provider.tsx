import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { withUnappliedEdits } from '../../domain/copy-readiness';
import type { OutputConfigDraft } from '../../domain/draft';
import type { TargetMode } from '../../domain/target/target-mode';
import { analyzeDraft } from '../../domain/validate';
import {
  type UnappliedOptions,
  useDraftActions,
  useTargetMode,
  useUnappliedOptions,
} from '../draft/configuration-context';
import { useDraftForm } from '../draft/draft-form';
import { useDeviceIndex } from '../catalogue/use-catalogue';
import { AnalysisContext, createAnalysisStore } from './analysis-context';
import { targetRules } from '../on-demand-code';

type Inputs = {
  devices: ReturnType<typeof useDeviceIndex>;
  mode: TargetMode;
  unappliedOptions: UnappliedOptions | undefined;
};

function analyze(draft: OutputConfigDraft, { devices, mode, unappliedOptions }: Inputs) {
  // An edit the advanced editor could not apply counts as an error, so the summary and every
  // copy say the output is not what was typed (SPEC §4.11).
  const isCurrent =
    unappliedOptions !== undefined &&
    unappliedOptions.over === JSON.stringify(draft.CompilerOptions ?? '');
  const edit = isCurrent ? unappliedOptions.edit : undefined;
  // The rules are in memory whenever the draft has a target or options (whenTargetCode).
  const analysis = analyzeDraft(draft, devices, mode, targetRules.loaded());
  return withUnappliedEdits(analysis, edit ? [edit] : []);
}

/**
 * Analyses the draft once per change and publishes it; only the parts whose selection of it
 * changed re-render (see useAnalysisSelector). A keystroke is analysed in the form's own change
 * notification, so the field, its messages, the summary and the preview render together, in
 * one pass, instead of this provider rendering first and its readers after.
 */
export function AnalysisProvider({ children }: { children: ReactNode }) {
  const { getDraft } = useDraftActions();
  const { mode } = useTargetMode();
  const { unappliedOptions } = useUnappliedOptions();
  const form = useDraftForm();
  const devices = useDeviceIndex();
  // The draft is copied, so that no later edit can change a published analysis.
  const [initial] = useState(() => {
    const inputs = { devices, mode, unappliedOptions };
    return { inputs, store: createAnalysisStore(analyze(structuredClone(getDraft()), inputs)) };
  });
  const { store } = initial;
  const analyzedWith = useRef(initial.inputs);

  useLayoutEffect(() => {
    const inputs = { devices, mode, unappliedOptions };
    const analyzeNow = () => store.set(analyze(structuredClone(getDraft()), inputs));
    // What comes from outside the form (the catalogue, the tab, an unapplied edit) changed.
    if (!sameInputs(inputs, analyzedWith.current)) analyzeNow();
    analyzedWith.current = inputs;
    return form.subscribe({ formState: { values: true }, callback: analyzeNow });
  }, [store, form, getDraft, devices, mode, unappliedOptions]);

  return <AnalysisContext value={store}>{children}</AnalysisContext>;
}

function sameInputs(a: Inputs, b: Inputs): boolean {
  return a.devices === b.devices && a.mode === b.mode && a.unappliedOptions === b.unappliedOptions;
}
