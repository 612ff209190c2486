/**
 * Judges each Inferentia flag against its compiler's reference (neuron-flag-reference.ts): a
 * value outside a flag's documented values, a missing value, a value given to a switch, and a
 * flag name the reference does not have. Where one documented value or flag is clearly meant
 * ("matmul" → matmult, "bf17" → bf16, "--auto-cst" → --auto-cast), the message asks
 * "did you mean" and a fix writes it in the same place.
 */
import type { Problem } from '../../problem';
import { suggestNearest, suggestSpelling } from '../../spelling-slips';
import { quote } from '../../value-text';
import type { NeuronCompiler } from '../inferentia-flags';
import {
  documentedFlagNames,
  documentedValue,
  neuronFlagSpec,
  type NeuronFlagSpec,
} from '../neuron-flag-reference';
import { editFlags, FLAGS_FIELD, withUseValue, writtenUse, type FlagUse } from './neuron-flag-uses';

/** Names that have a hint of their own (neuronFlagHints), so are not judged again here. */
const HINTED_NAMES: ReadonlySet<string> = new Set(['--dtype', '--log-level']);

/** Every value and name problem of the flags, in the order the flags are given. */
export function neuronFlagValueProblems(
  uses: readonly FlagUse[],
  tokens: readonly string[],
  compiler: NeuronCompiler,
): Problem[] {
  return uses.flatMap((use) => {
    const spec = neuronFlagSpec(compiler, use.shown);
    if (spec === undefined) return unknownNameProblems(use, tokens, compiler);
    if (spec.takes === 'none') return switchProblems(use, tokens, compiler);
    if (spec.takes === 'count') return [];
    if (use.value === undefined) return [missingValueProblem(use, spec, compiler)];
    return spec.takes === 'choice' ? choiceProblems(use, spec, tokens, compiler) : [];
  });
}

/** "a, b or c" */
function oneOf(values: readonly string[]): string {
  return values.length < 2
    ? values.join('')
    : `${values.slice(0, -1).join(', ')} or ${values.at(-1) ?? ''}`;
}

function choiceProblems(
  use: FlagUse,
  spec: NeuronFlagSpec,
  tokens: readonly string[],
  compiler: NeuronCompiler,
): Problem[] {
  const value = use.value ?? '';
  const values = spec.values ?? [];
  if (documentedValue(spec, value) !== undefined || spec.alsoAccepts?.test(value)) return [];
  const documented =
    use.form === 'attached'
      ? `${compiler} documents ${oneOf(values.map((documentedOne) => writtenUse(use, documentedOne)))}`
      : `${compiler} documents ${use.shown} ${oneOf(values)}`;
  const tolerated = spec.tolerated?.[value];
  const meant =
    tolerated ??
    (spec.ignoresCase ? undefined : suggestSpelling(value, values)?.value) ??
    suggestNearest(value, values);
  const guess = meant === undefined ? '' : ` Did you mean ${writtenUse(use, meant)}?`;
  const soft = tolerated !== undefined || spec.softBecause !== undefined;
  const why =
    tolerated !== undefined
      ? ` (its text also spells it ${quote(value)} once)`
      : spec.softBecause
        ? ` (${spec.softBecause}, so this is a warning)`
        : '';
  const problem: Problem = {
    field: FLAGS_FIELD,
    severity: soft ? 'warning' : 'error',
    message: `${quote(writtenUse(use))} is not documented: ${documented}${why}.${guess}`,
  };
  if (meant !== undefined) {
    problem.fix = {
      label: `Use ${writtenUse(use, meant)}`,
      apply: editFlags(tokens, (current) => withUseValue(current, use, meant)),
    };
  }
  return [problem];
}

function missingValueProblem(
  use: FlagUse,
  spec: NeuronFlagSpec,
  compiler: NeuronCompiler,
): Problem {
  const what = spec.takes === 'choice' ? oneOf(spec.values ?? []) : 'a value';
  return {
    field: FLAGS_FIELD,
    severity: 'error',
    message: `${use.shown} takes ${what} (${compiler} reference), and none is given`,
  };
}

function switchProblems(
  use: FlagUse,
  tokens: readonly string[],
  compiler: NeuronCompiler,
): Problem[] {
  if (use.value === undefined) return [];
  const dropped = new Set(use.tokens.slice(1));
  const problem: Problem = {
    field: FLAGS_FIELD,
    severity: 'warning',
    message: `${use.shown} is a switch and takes no value in the ${compiler} reference; ${quote(use.value)} would be read as another argument`,
  };
  // Only a value in its own token can be dropped without touching the switch itself.
  if (use.form === 'separate') {
    problem.fix = {
      label: `Remove ${quote(use.value)}`,
      apply: editFlags(tokens, (current) => current.filter((_, index) => !dropped.has(index))),
    };
  }
  return [problem];
}

function unknownNameProblems(
  use: FlagUse,
  tokens: readonly string[],
  compiler: NeuronCompiler,
): Problem[] {
  if (!use.shown.startsWith('--') || HINTED_NAMES.has(use.shown)) return [];
  const names = documentedFlagNames(compiler).filter((name) => name.startsWith('--'));
  const meant = suggestSpelling(use.shown, names)?.value ?? suggestNearest(use.shown, names);
  // neuron-cc's count flag has no neuronx-cc counterpart: say so rather than guess a flag.
  const why =
    use.name === '--num-neuroncores'
      ? ` neuronx-cc takes no NeuronCore count; ${use.shown} is neuron-cc's (ml_inf1).`
      : meant === undefined
        ? ''
        : ` Did you mean ${meant}?`;
  const problem: Problem = {
    field: FLAGS_FIELD,
    severity: 'warning',
    message: `${use.shown} is not in the ${compiler} reference.${why}`,
  };
  const flagAt = use.tokens[0];
  if (meant !== undefined && flagAt !== undefined) {
    const renamed = use.form === 'inline' ? `${meant}=${use.value ?? ''}` : meant;
    problem.fix = {
      label: `Use ${meant}`,
      apply: editFlags(tokens, (current) => current.with(flagAt, renamed)),
    };
  }
  return [problem];
}
