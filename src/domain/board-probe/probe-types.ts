/**
 * What the board-probe recognisers find. Each finding is one fact read from one line of the
 * pasted text, with how sure the reference facts are about it (probe-facts.md marks H/M/L)
 * and a rank that orders the probes (Android getprop > device tree > Jetson release files >
 * userland > cpuinfo > uname, probe-facts.md §0.4): a stronger probe decides, a weaker one
 * only fills what is still empty, and disagreement becomes a warning.
 */
import type { TargetDevice } from '../api-values';

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Probe ranks, strongest last; the number orders evidence of the same field. */
export const PROBE_RANKS = {
  uname: 1,
  cpuinfo: 2,
  userland: 3,
  nvidia: 3,
  jetson: 4,
  'device-tree': 5,
  getprop: 6,
} as const;
export type ProbeFamily = keyof typeof PROBE_RANKS;

/** A line of the pasted text: 1-based number and its text (trimmed, shortened for display). */
export type SourceLine = { line: number; text: string };

/** The ARM/x86 shape a line tells: some of family, word width, float ABI, ISA level. */
export type ArchClue = {
  family?: 'arm' | 'x86';
  width?: 32 | 64;
  float?: 'hard' | 'soft';
  /** Whether the clue describes the userland (what Neo compiles for) or only the kernel. */
  level: 'userland' | 'kernel';
  /** Set when the ISA is outside what the API's Arch values describe. */
  outOfRange?: 'armv6' | 'armv5' | 'big-endian' | 'armeabi';
};

type Base = { source: SourceLine; confidence: Confidence; probe: ProbeFamily; note?: string };

/** One fact read from one line. */
export type Evidence = Base &
  (
    | { kind: 'os'; value: 'LINUX' | 'ANDROID' }
    | { kind: 'arch'; clue: ArchClue }
    | { kind: 'accelerator'; value: 'NVIDIA' | 'MALI' }
    | { kind: 'mcpu'; value: string; cores: string[] }
    | { kind: 'neon'; value: boolean }
    | { kind: 'gpu-code'; value: string }
    | { kind: 'cuda-ver'; value: string }
    | { kind: 'trt-ver'; value: string }
    | { kind: 'android-sdk'; value: number }
    | { kind: 'jetpack'; value: string }
    | { kind: 'device'; value: TargetDevice | null; board: string }
    /** A line that was recognised and deliberately not used, said so the user knows why. */
    | { kind: 'ignored'; what: string }
  );
export type EvidenceKind = Evidence['kind'];

/** Recognisers see one line at a time plus the previous command line, if one was pasted. */
export type LineContext = {
  /** The 1-based line number. */
  line: number;
  /** The trimmed text of the line. */
  text: string;
  /** The last shell command seen above this line (e.g. "getconf LONG_BIT"), lower-cased. */
  command: string;
};

/**
 * A recogniser reads the lines in order. Some outputs span lines (cpuinfo pairs an implementer
 * with a part, version.json nests the version), so a recogniser may keep state for one parse
 * and report what it gathered in `finish`. A fresh one is made for every parse.
 */
export type Recogniser = {
  read: (context: LineContext) => Evidence[];
  finish?: () => Evidence[];
};
