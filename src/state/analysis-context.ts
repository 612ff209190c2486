import { createContext, use } from 'react';
import type { AnalysisWithEdits as Analysis } from '../domain/copy-readiness';

export const AnalysisContext = createContext<Analysis | null>(null);

/** The one analysis of the current draft: preview text and problems, derived together. */
export function useAnalysis(): Analysis {
  const analysis = use(AnalysisContext);
  if (!analysis) throw new Error('useAnalysis needs an AnalysisProvider');
  return analysis;
}
