/**
 * What each Neuron compiler's reference documents about its flags (reference fact sheet §2,
 * [NRN-cc] for neuron-cc, [NRNx] for neuronx-cc): the flag names, and for each flag whether it
 * takes a value and which values. This is the one list the rules judge flags by and the Extra
 * flags field completes from.
 */
import type { NeuronCompiler } from './inferentia-flags';

/** How a flag takes its value. */
export type FlagValueKind =
  /** One of `values`. */
  | 'choice'
  /** A whole number of NeuronCores (judged by the core-count rule). */
  | 'count'
  /** Free text, e.g. a file name. */
  | 'text'
  /** A switch: no value. */
  | 'none';

export type NeuronFlagSpec = {
  /** The flag as the reference writes it, e.g. "--auto-cast". */
  name: string;
  /** Other spellings of the same flag ("-O" for "--optlevel"); the rules treat them as one. */
  aliases?: readonly string[];
  takes: FlagValueKind;
  /** The documented values of a 'choice' flag, the default first where there is one. */
  values?: readonly string[];
  /** The values compare without case ("--verbose INFO" and "info" are the same level). */
  ignoresCase?: boolean;
  /**
   * Other values the sources use that are not in the documented list, and what they stand
   * for: a hint with a fix, never an error (the API example's "--verbose 1").
   */
  tolerated?: Readonly<Record<string, string>>;
  /** Values accepted beside `values` because Neo's own example uses them ("--verbose 1"). */
  alsoAccepts?: RegExp;
  /** Why a value outside `values` is only a warning, when it is. */
  softBecause?: string;
  /** One line for the completion list. */
  note: string;
};

export const NEURON_OPT_LEVELS = ['1', '2', '3'] as const;

const OPT_LEVEL: NeuronFlagSpec = {
  name: '--optlevel',
  aliases: ['-O'],
  takes: 'choice',
  values: NEURON_OPT_LEVELS,
  note: 'Optimisation level; 2 is the default',
};

const SHARED_SWITCHES: readonly NeuronFlagSpec[] = [
  {
    name: '--enable-saturate-infinity',
    takes: 'none',
    note: 'Turn ±inf into the largest finite values',
  },
  {
    name: '--enable-fast-loading-neuron-binaries',
    takes: 'none',
    note: 'Faster loading of the compiled model',
  },
  {
    name: '--enable-fast-context-switch',
    takes: 'none',
    note: 'Faster switching between models on a NeuronCore',
  },
];

export const NEURON_FLAG_SPECS: Record<NeuronCompiler, readonly NeuronFlagSpec[]> = {
  // ml_inf1. The API example's "--verbose 1", "--num-neuroncores" and "-O2" are not in the
  // neuron-cc reference, but Neo documents them for ml_inf1, so they are accepted.
  'neuron-cc': [
    {
      name: '--verbose',
      takes: 'choice',
      values: ['DEBUG', 'INFO', 'WARN', 'ERROR'],
      ignoresCase: true,
      alsoAccepts: /^\d+$/,
      softBecause: 'the API example writes --verbose 1',
      note: 'Log level; WARN is the default',
    },
    {
      name: '--num-neuroncores',
      aliases: ['--neuroncore-pipeline-cores'],
      takes: 'count',
      note: 'NeuronCores to compile for (renamed --neuroncore-pipeline-cores)',
    },
    {
      ...OPT_LEVEL,
      name: '-O',
      aliases: [],
      note: 'Optimisation level, as the API example writes it',
    },
    ...SHARED_SWITCHES,
    {
      name: '--fast-math',
      takes: 'choice',
      values: [
        'all',
        'none',
        'fast-relayout',
        'no-fast-relayout',
        'fp32-cast-all',
        'fp32-cast-all-fp16',
        'fp32-cast-matmult',
        'fp32-cast-matmult-bf16',
        'fp32-cast-matmult-fp16',
      ],
      note: 'Speed against precision; all is the default',
    },
    {
      name: '--fp32-cast',
      takes: 'choice',
      values: ['all', 'matmult', 'matmult-fp16', 'matmult-bf16', 'all-fp16'],
      note: 'Being deprecated in favour of --fast-math',
    },
  ],
  // ml_inf2 and ml_trn1.
  'neuronx-cc': [
    {
      name: '--target',
      takes: 'choice',
      values: ['trn1', 'inf2'],
      note: 'The instance to compile for',
    },
    {
      name: '--model-type',
      takes: 'choice',
      values: ['generic', 'transformer'],
      note: 'Optimisations for a kind of model; generic is the default',
    },
    {
      name: '--auto-cast',
      takes: 'choice',
      values: ['matmult', 'all', 'none'],
      // The reference's own text spells the value "matmul" once.
      tolerated: { matmul: 'matmult' },
      note: 'Which FP32 operations to cast; none is the default since Neuron 2.27',
    },
    {
      name: '--auto-cast-type',
      takes: 'choice',
      values: ['bf16', 'fp16', 'tf32', 'fp8_e4m3'],
      note: 'The type --auto-cast casts to',
    },
    OPT_LEVEL,
    {
      name: '--enable-mixed-precision-accumulation',
      takes: 'none',
      note: 'Accumulate in FP32; on by default since Neuron 2.27',
    },
    ...SHARED_SWITCHES,
    { name: '--logfile', takes: 'text', note: 'Where the compiler writes its log' },
    {
      name: '--verbose',
      takes: 'choice',
      values: ['debug', 'info', 'warning', 'error', 'critical'],
      ignoresCase: true,
      softBecause: 'the API example writes --verbose 1',
      note: 'Log level',
    },
  ],
};

/** The documented flag a name stands for (by its name or an alias), or undefined. */
export function neuronFlagSpec(compiler: NeuronCompiler, name: string): NeuronFlagSpec | undefined {
  return NEURON_FLAG_SPECS[compiler].find(
    (spec) => spec.name === name || (spec.aliases ?? []).includes(name),
  );
}

/** Every spelling of every documented flag of a compiler, names first. */
export function documentedFlagNames(compiler: NeuronCompiler): string[] {
  const specs = NEURON_FLAG_SPECS[compiler];
  return [...specs.map((spec) => spec.name), ...specs.flatMap((spec) => spec.aliases ?? [])];
}

/** The documented value a given value is, compared as the flag compares them; undefined if none. */
export function documentedValue(spec: NeuronFlagSpec, value: string): string | undefined {
  const values = spec.values ?? [];
  return spec.ignoresCase
    ? values.find((candidate) => candidate.toLowerCase() === value.toLowerCase())
    : values.find((candidate) => candidate === value);
}
