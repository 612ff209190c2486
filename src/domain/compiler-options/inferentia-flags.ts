/**
 * The Inferentia flags builder's model (SPEC §3.6). CompilerOptions for ml_inf1 is a JSON
 * string of neuron-cc command-line flags, e.g. "--verbose 1 --num-neuroncores 2 -O2"; ml_inf2
 * and ml_trn1 compile with neuronx-cc, which takes other flags, so each compiler has its own
 * builder (NEURON_BUILDERS) and the rules accept everything a builder can write.
 *
 * parse → format is not the identity: flags come out in builder order and extra flags are
 * re-joined with single spaces. That is why the UI keeps a flags string from a link or an
 * import verbatim and only formats the model once the user edits a builder field (SPEC §5.1).
 */
import type { JsonObject } from '../json/json-value';
import { CORES_FLAGS } from './neuron-flag-names';
import { NEURON_OPT_LEVELS, neuronFlagSpec } from './neuron-flag-reference';

export type NeuronCoresFlag = '--num-neuroncores' | '--neuroncore-pipeline-cores';
export type NeuronOptLevel = (typeof NEURON_OPT_LEVELS)[number];

export type NeuronFlags = {
  verbose?: string;
  /** The count as given, so a count that is not a whole number reaches the rules, not the bin. */
  neuronCores?: string;
  /** Which spelling the cores flag had, so formatting keeps it; the API example's by default. */
  coresFlag?: NeuronCoresFlag;
  optLevel?: NeuronOptLevel;
  /** Every flag the builder has no field for, in the order given. */
  extra: string;
};

/** Which Neuron compiler reads the flags: neuron-cc for ml_inf1, neuronx-cc for inf2/trn1. */
export type NeuronCompiler = 'neuron-cc' | 'neuronx-cc';

/** The Neuron compiler a TargetDevice's flags are for. */
export function neuronCompilerFor(device: string): NeuronCompiler {
  return device === 'ml_inf1' ? 'neuron-cc' : 'neuronx-cc';
}

/** What a compiler's builder offers; every value it can write passes the rules. */
export type NeuronBuilder = {
  compiler: NeuronCompiler;
  /** --verbose levels, the API example's first where there is one. */
  verboseLevels: readonly string[];
  /** The flag the NeuronCore count is written with; no count control when undefined. */
  coresFlag?: NeuronCoresFlag;
  optLevels: readonly NeuronOptLevel[];
};

export { CORES_FLAGS };
const OPT_LEVEL_PATTERN = /^-O([123])$/;
const verboseLevels = (compiler: NeuronCompiler) =>
  neuronFlagSpec(compiler, '--verbose')?.values ?? [];

// ml_inf1's builder writes the API's own example ("--verbose 1 --num-neuroncores 2 -O2"): Neo
// documents those flags for ml_inf1, although the neuron-cc reference renamed or omits them.
export const NEURON_BUILDERS: Record<NeuronCompiler, NeuronBuilder> = {
  'neuron-cc': {
    compiler: 'neuron-cc',
    verboseLevels: ['1', ...verboseLevels('neuron-cc')],
    coresFlag: '--num-neuroncores',
    optLevels: NEURON_OPT_LEVELS,
  },
  'neuronx-cc': {
    compiler: 'neuronx-cc',
    verboseLevels: verboseLevels('neuronx-cc'),
    optLevels: NEURON_OPT_LEVELS,
  },
};

/** A flag's value token: anything but another flag; a negative number still counts as a value. */
export function isFlagValue(token: string | undefined): token is string {
  return token !== undefined && (!token.startsWith('-') || /^-\d/.test(token));
}

/** Reads a flags string into the builder model; flags it does not recognise go to `extra`. */
export function parseNeuronFlags(flags: string): NeuronFlags {
  const tokens = flags.split(/\s+/).filter(Boolean);
  const model: NeuronFlags = { extra: '' };
  const extra: string[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    const next = tokens[index + 1];
    const optLevel = OPT_LEVEL_PATTERN.exec(token)?.[1] as NeuronOptLevel | undefined;
    if (
      token === '--verbose' &&
      model.verbose === undefined &&
      next !== undefined &&
      !next.startsWith('-')
    ) {
      model.verbose = next;
      index += 1;
    } else if (
      CORES_FLAGS.includes(token) &&
      model.neuronCores === undefined &&
      isFlagValue(next)
    ) {
      model.neuronCores = next;
      model.coresFlag = token as NeuronCoresFlag;
      index += 1;
    } else if (optLevel !== undefined && model.optLevel === undefined) {
      model.optLevel = optLevel;
    } else {
      extra.push(token);
    }
  }
  model.extra = extra.join(' ');
  return model;
}

/** Writes the builder model as a flags string, e.g. "--verbose 1 --num-neuroncores 2 -O2". */
export function formatNeuronFlags(model: NeuronFlags): string {
  const parts: string[] = [];
  const verbose = model.verbose?.trim();
  if (verbose) parts.push(`--verbose ${verbose}`);
  if (model.neuronCores !== undefined) {
    parts.push(`${model.coresFlag ?? '--num-neuroncores'} ${model.neuronCores}`);
  }
  if (model.optLevel !== undefined) parts.push(`-O${model.optLevel}`);
  const extra = model.extra.trim();
  if (extra) parts.push(extra);
  return parts.join(' ');
}

/**
 * The flags a dict of Inferentia options stands for ({"num-neuroncores": 2} becomes
 * "--num-neuroncores 2"); undefined when a value has no flag form or there is nothing to say.
 */
export function flagsFromOptions(options: JsonObject): string | undefined {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(options)) {
    const flag = key.startsWith('-') ? key : `--${key}`;
    if (value === true) parts.push(flag);
    else if (typeof value === 'string' || typeof value === 'number') parts.push(`${flag} ${value}`);
    else return undefined;
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/**
 * Hints about flags that drifted from the compiler's reference: renamed, deprecated or never
 * real. Values and unknown names are judged by the rules against neuron-flag-reference.ts.
 */
export function neuronFlagHints(flags: string, compiler: NeuronCompiler = 'neuron-cc'): string[] {
  const names = flags
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => token.split('=')[0] ?? token);
  const hints = names.flatMap((name) => driftHints(name, compiler));
  return [...new Set(hints)];
}

function driftHints(name: string, compiler: NeuronCompiler): string[] {
  if (name === '--fp32-cast' && compiler === 'neuron-cc') {
    return ['--fp32-cast is being deprecated in favour of --fast-math'];
  }
  if (name === '--dtype') {
    return [
      `--dtype appears in an AWS notebook but is not a ${compiler} flag; its effect is unverified`,
    ];
  }
  if (name === '--log-level') return [`--log-level does not exist in ${compiler}; use --verbose`];
  return [];
}
