/**
 * Rules for an Inferentia flags string (SPEC §3.6, §3.11): a NeuronCore count that is not a
 * whole number from 1 is an error (never dropped), a flag given twice is flagged with a fix
 * that keeps the first, and the compiler reference's hints follow as warnings.
 */
import { ownValue } from '../../json/json-value';
import { withKey, type OutputConfigDraft } from '../../draft';
import type { Fix, Problem } from '../../problem';
import { quote } from '../../value-text';
import { formatFlags, parseCompilerOptions } from '../api-string';
import {
  CORES_FLAGS,
  formatNeuronFlags,
  isFlagValue,
  neuronFlagHints,
  OPT_LEVEL_PATTERN,
  parseNeuronFlags,
  type NeuronCompiler,
} from '../inferentia-flags';

const FIELD = 'CompilerOptions';

/** One flag as given: its name (both cores spellings share one), value and token positions. */
type FlagUse = { name: string; shown: string; value?: string; tokens: number[] };

function flagUses(tokens: readonly string[]): FlagUse[] {
  const uses: FlagUse[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    const level = OPT_LEVEL_PATTERN.exec(token)?.[1];
    if (level !== undefined) {
      uses.push({ name: '-O', shown: '-O', value: level, tokens: [index] });
    } else if (token.startsWith('-') && !/^-\d/.test(token)) {
      const [flag = token, inline] = token.split(/=(.*)/s);
      const next = tokens[index + 1];
      const name = CORES_FLAGS.includes(flag) ? '--num-neuroncores' : flag;
      const use: FlagUse = { name, shown: flag, tokens: [index] };
      if (inline !== undefined) use.value = inline;
      else if (isFlagValue(next)) {
        use.value = next;
        use.tokens.push(index + 1);
        index += 1;
      }
      uses.push(use);
    }
  }
  return uses;
}

/** Every problem of an Inferentia flags string for the compiler that reads it. */
export function neuronFlagProblems(flags: string, compiler: NeuronCompiler): Problem[] {
  const tokens = flags.split(/\s+/).filter(Boolean);
  const uses = flagUses(tokens);
  const hints = neuronFlagHints(flags, compiler).map((message): Problem => ({
    field: FIELD,
    severity: 'warning',
    message,
  }));
  const repeats = repeatProblems(uses, tokens);
  // Order is said once each flag is given once (a repeat's fix comes first), and for neuron-cc,
  // whose builder writes the API example's order; neuronx-cc's flags have no documented order.
  const order = repeats.length === 0 && compiler === 'neuron-cc' ? orderProblems(tokens) : [];
  return [...coreCountProblems(uses, tokens), ...repeats, ...order, ...hints];
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
        apply: editFlags((current) => (current.join(' ') === given ? ordered.split(' ') : current)),
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
      apply: editFlags((current) =>
        current.join(' ') === tokens.join(' ') ? current.with(valueAt, count) : current,
      ),
    };
  }
  return [problem];
}

function repeatProblems(uses: FlagUse[], tokens: readonly string[]): Problem[] {
  const names = [...new Set(uses.map((use) => use.name))];
  return names.flatMap((name): Problem[] => {
    const [first, ...later] = uses.filter((use) => use.name === name);
    if (first === undefined || later.length === 0) return [];
    const shown = (use: FlagUse) =>
      use.name === '-O' ? `-O${use.value ?? ''}` : (use.value ?? '');
    const values = [first, ...later].map(shown);
    const conflicting = new Set(values).size > 1;
    const dropped = new Set(later.flatMap((use) => use.tokens));
    const kept =
      name === '-O' ? shown(first) : [first.shown, first.value].filter(Boolean).join(' ');
    const fix: Fix = {
      label: `Keep ${kept}`,
      apply: editFlags((current) =>
        current.join(' ') === tokens.join(' ')
          ? current.filter((_, index) => !dropped.has(index))
          : current,
      ),
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

/**
 * A fix that edits the flags tokens of the draft it is applied to; the edit checks that the
 * tokens are still the ones the problem was found in, so a stale fix changes nothing.
 */
function editFlags(edit: (tokens: string[]) => string[]): Fix['apply'] {
  return (draft: OutputConfigDraft) => {
    const parsed = parseCompilerOptions(ownValue(draft, FIELD));
    if (parsed.kind !== 'flags') return draft;
    const tokens = parsed.value.split(/\s+/).filter(Boolean);
    return withKey(draft, FIELD, formatFlags(edit(tokens).join(' ')));
  };
}
