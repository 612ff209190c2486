/** Small constructors shared by the recognisers, so each stays a table and a few matches. */
import { shownText } from './probe-lines';
import type { ArchClue, Confidence, Evidence, LineContext, ProbeFamily } from './probe-types';

type Origin = { context: LineContext; probe: ProbeFamily; confidence: Confidence; note?: string };

type Payload = Evidence extends infer E
  ? E extends Evidence
    ? Omit<E, 'source' | 'confidence' | 'probe' | 'note'>
    : never
  : never;

/** One fact from the context's line. */
export function found(origin: Origin, payload: Payload): Evidence {
  const { context, probe, confidence, note } = origin;
  return {
    ...payload,
    // Built only for lines that tell something: most lines of a big paste tell nothing.
    source: { line: context.line, text: shownText(context.text) },
    probe,
    confidence,
    ...(note === undefined ? {} : { note }),
  } as Evidence;
}

/** An Arch clue from the context's line. */
export function archClue(origin: Origin, clue: ArchClue): Evidence {
  return found(origin, { kind: 'arch', clue });
}

/** Splits `key : value` (cpuinfo, lscpu, jtop, apt) into a trimmed key and value. */
export function keyValue(text: string): { key: string; value: string } | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 40) return null;
  return { key: text.slice(0, colon).trim(), value: text.slice(colon + 1).trim() };
}
