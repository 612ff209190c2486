import { createContext, use, useMemo, useSyncExternalStore } from 'react';
import type { Problem } from '../../domain/problem';
import type { AnalysisWithEdits as Analysis } from '../../domain/copy-readiness';

/**
 * The one analysis of the current draft, held in a store rather than passed as a context
 * value: a context value re-renders every consumer on every keystroke, while a selector
 * re-renders a part only when what it shows has changed.
 */
export type AnalysisStore = {
  get: () => Analysis;
  set: (analysis: Analysis) => void;
  subscribe: (listener: () => void) => () => void;
};

export function createAnalysisStore(initial: Analysis): AnalysisStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (analysis) => {
      if (analysis === current) return;
      current = analysis;
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const AnalysisContext = createContext<AnalysisStore | null>(null);

function useAnalysisStore(): AnalysisStore {
  const store = use(AnalysisContext);
  if (!store) throw new Error('The analysis needs an AnalysisProvider');
  return store;
}

/** A reader of the selection that returns the same value while it reads the same. */
function selectionOf<T>(
  store: AnalysisStore,
  select: (analysis: Analysis) => T,
  isSame: (a: T, b: T) => boolean,
): () => T {
  let last: { analysis: Analysis; value: T } | undefined;
  return () => {
    const analysis = store.get();
    if (last?.analysis === analysis) return last.value;
    const value = select(analysis);
    last = { analysis, value: last && isSame(last.value, value) ? last.value : value };
    return last.value;
  };
}

/**
 * A part of the analysis. `select` must be stable (module-level or memoised); the part
 * re-renders only when the selection changes, as `isSame` judges.
 */
export function useAnalysisSelector<T>(
  select: (analysis: Analysis) => T,
  isSame: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useAnalysisStore();
  const read = useMemo(() => selectionOf(store, select, isSame), [store, select, isSame]);
  return useSyncExternalStore(store.subscribe, read, read);
}

const whole = (analysis: Analysis) => analysis;

/** The whole analysis: for parts that show the preview text, which changes on every keystroke. */
export function useAnalysis(): Analysis {
  return useAnalysisSelector(whole);
}

/** Reads the analysis when called (in an event handler) without re-rendering on changes. */
export function useCurrentAnalysis(): () => Analysis {
  return useAnalysisStore().get;
}

/** Two lists of problems that read the same, so a part showing them need not re-render. */
export function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (problem, index) =>
        problem.field === b[index]!.field &&
        problem.severity === b[index]!.severity &&
        problem.message === b[index]!.message &&
        problem.detail === b[index]!.detail &&
        problem.fix?.label === b[index]!.fix?.label,
    )
  );
}

const problemsOf = (analysis: Analysis) => analysis.problems;
const sameFindings = (a: Analysis, b: Analysis) => sameProblems(a.problems, b.problems);

/** The analysis for parts that show only its problems and counts, not the preview text. */
export function useFindings(): Omit<Analysis, 'json'> {
  return useAnalysisSelector(whole, sameFindings);
}

/** Every problem; re-renders only when the list reads differently. */
export function useProblems(): Problem[] {
  return useAnalysisSelector(problemsOf, sameProblems);
}
