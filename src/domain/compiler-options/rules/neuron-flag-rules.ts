/**
 * Rules for an Inferentia flags string (SPEC §3.6, §3.11): a NeuronCore count that is not a
 * whole number from 1 is an error (never dropped), a flag given twice is flagged with a fix
 * that keeps the first, and the compiler reference's hints follow as warnings.
 */
import type { Fix, Problem } from '../../problem';
import { quote } from '../../value-text';
import {
  formatNeuronFlags,
  neuronFlagHints,
  parseNeuronFlags,
  type NeuronCompiler,
} from '../inferentia-flags';
import {
  editFlags,
  flagTokens,
  flagUses,
  FLAGS_FIELD as FIELD,
  writtenUse,
  type FlagUse,
} from './neuron-flag-uses';
import { neuronFlagValueProblems } from './neuron-flag-value-rules';

/** Every problem of an Inferentia flags string for the compiler that reads it. */
export function neuronFlagProblems(flags: string, compiler: NeuronCompiler): Problem[] {
  const tokens = flagTokens(flags);
  const uses = flagUses(tokens, compiler);
  const hints = neuronFlagHints(flags, compiler).map((message): Problem => ({
    field: FIELD,
    severity: 'warning',
    message,
  }));
  const repeats = repeatProblems(uses, tokens);
  // Order is said once each flag is given once (a repeat's fix comes first), and for neuron-cc,
  // whose builder writes the API example's order; neuronx-cc's flags have no documented order.
  const order = repeats.length === 0 && compiler === 'neuron-cc' ? orderProblems(tokens) : [];
  return [
    ...coreCountProblems(uses, tokens),
    ...neuronFlagValueProblems(uses, tokens, compiler),
    ...repeats,
    ...order,
    ...hints,
  ];
}

/**
 * Flags in another order than the builder writes them are kept as given (SPEC §5.1) but said,
 * with a fix that writes them in the builder's order: the same flags, so the same compile.
 */
function orderProblems(tokens: readonly string[]): Problem[] {
  const given = tokens.join(' ');
  const ordered = formatNeuronFlags(parseNeuronFlags(given));
  if (ordered === given || ordered.split(' ').sort().join(' ') !== [...tokens].sort().join(' ')) {
    return [];
  }
  return [
    {
      field: FIELD,
      severity: 'warning',
      message: `The flags are kept in the order given; the flags builder writes them as ${quote(ordered)}`,
      fix: {
        label: 'Use the builder order',
        apply: editFlags(tokens, () => ordered.split(' ')),
      },
    },
  ];
}

const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];

function coreCountProblems(uses: FlagUse[], tokens: readonly string[]): Problem[] {
  const use = uses.find((candidate) => candidate.name === '--num-neuroncores');
  if (use === undefined || (use.value !== undefined && /^[1-9]\d*$/.test(use.value))) return [];
  const what = `${use.shown} takes a whole number of NeuronCores from 1`;
  if (use.value === undefined) {
    return [{ field: FIELD, severity: 'error', message: `${what}, and none is given` }];
  }
  const problem: Problem = {
    field: FIELD,
    severity: 'error',
    message: `${what}; ${quote(use.value)} is not one`,
  };
  const word = COUNT_WORDS.indexOf(use.value.toLowerCase());
  const valueAt = use.tokens[1];
  if (word >= 0 && valueAt !== undefined) {
    const count = String(word + 1);
    problem.fix = {
      label: `Use ${count}`,
      apply: editFlags(tokens, (current) => current.with(valueAt, count)),
    };
  }
  return [problem];
}

function repeatProblems(uses: FlagUse[], tokens: readonly string[]): Problem[] {
  const names = [...new Set(uses.map((use) => use.name))];
  return names.flatMap((name): Problem[] => {
    const [first, ...later] = uses.filter((use) => use.name === name);
    if (first === undefined || later.length === 0) return [];
    // The optimisation level is said as written ("-O3", "--optlevel 1"), other values alone.
    const isLevel = [first, ...later].some((use) => use.shown === '-O');
    const shown = (use: FlagUse) => (isLevel ? writtenUse(use) : (use.value ?? ''));
    const values = [first, ...later].map(shown);
    const conflicting = new Set([first, ...later].map((use) => use.value)).size > 1;
    const dropped = new Set(later.flatMap((use) => use.tokens));
    const fix: Fix = {
      label: `Keep ${writtenUse(first)}`,
      apply: editFlags(tokens, (current) => current.filter((_, index) => !dropped.has(index))),
    };
    const times = later.length === 1 ? 'twice' : `${later.length + 1} times`;
    return [
      conflicting
        ? {
            field: FIELD,
            severity: 'error',
            message: `${first.shown} is given ${times} with different values (${values.join(', then ')}): keep one`,
            fix,
          }
        : { field: FIELD, severity: 'warning', message: `${first.shown} is given ${times}`, fix },
    ];
  });
}
