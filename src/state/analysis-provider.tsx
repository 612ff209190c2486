import { useMemo, type ReactNode } from 'react';
import { analyzeDraft } from '../domain/validate';
import { useDeviceIndex } from './use-catalogue';
import { AnalysisContext } from './analysis-context';
import { useDraft } from './use-draft-member';

/** Re-analyses the draft on every change; only the consumers of the analysis re-render. */
export function AnalysisProvider({ children }: { children: ReactNode }) {
  const draft = useDraft();
  const devices = useDeviceIndex();
  const analysis = useMemo(() => analyzeDraft(draft, devices), [draft, devices]);
  return <AnalysisContext value={analysis}>{children}</AnalysisContext>;
}
