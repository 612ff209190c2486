import { useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { analyzeDraft } from '../domain/validate';
import { useDeviceIndex } from './use-catalogue';
import { AnalysisContext, createAnalysisStore } from './analysis-context';
import { useDraft } from './use-draft-member';

/**
 * Re-analyses the draft on every change and publishes it before the browser paints; only the
 * parts whose selection of it changed re-render (see useAnalysisSelector).
 */
export function AnalysisProvider({ children }: { children: ReactNode }) {
  const draft = useDraft();
  const devices = useDeviceIndex();
  const analysis = useMemo(() => analyzeDraft(draft, devices), [draft, devices]);
  const [store] = useState(() => createAnalysisStore(analysis));
  useLayoutEffect(() => store.set(analysis), [store, analysis]);
  return <AnalysisContext value={store}>{children}</AnalysisContext>;
}
