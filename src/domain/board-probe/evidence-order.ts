/**
 * Which of several findings of one field decides (probe-facts.md §0.4): the surer finding
 * first (a measured CUDA beats a JetPack default), then the stronger probe, then the earlier
 * line. Disagreeing findings that are not mere defaults become warnings.
 */
import {
  CONFIDENCES,
  PROBE_RANKS,
  type Confidence,
  type Evidence,
  type SourceLine,
} from './probe-types';

const confidenceOrder = (confidence: Confidence) => CONFIDENCES.indexOf(confidence);

/** Orders findings strongest first (a stable sort keeps line order among equals). */
export function strongestFirst<E extends Evidence>(list: readonly E[]): E[] {
  return [...list].sort(
    (a, b) =>
      confidenceOrder(a.confidence) - confidenceOrder(b.confidence) ||
      PROBE_RANKS[b.probe] - PROBE_RANKS[a.probe] ||
      a.source.line - b.source.line,
  );
}

/** The weaker of two confidences. */
export function weaker(a: Confidence, b: Confidence): Confidence {
  return confidenceOrder(a) > confidenceOrder(b) ? a : b;
}

export type ProbeWarning = { message: string; lines: SourceLine[] };

/**
 * A warning for each finding that disagrees with the chosen one, unless it is only a
 * low-confidence default (which a measurement is expected to overrule).
 */
export function disagreements<E extends Evidence>(
  field: string,
  chosen: E,
  others: readonly E[],
  show: (evidence: E) => string,
): ProbeWarning[] {
  const chosenText = show(chosen);
  return others
    .filter((other) => other !== chosen && other.confidence !== 'low' && show(other) !== chosenText)
    .map((other) => ({
      message: `${field}: line ${other.source.line} says ${show(other)}, line ${chosen.source.line} says ${chosenText}; ${chosenText} is used (the stronger probe)`,
      lines: [other.source, chosen.source],
    }));
}
