/**
 * An Inferentia flags string read as the compiler reads it: each flag with its value and the
 * tokens they occupy, so the rules can judge a value and fix exactly the token it came from.
 */
import { ownValue } from '../../json/json-value';
import { withKey, type OutputConfigDraft } from '../../draft';
import type { Fix } from '../../problem';
import { formatFlags, parseCompilerOptions } from '../api-string';
import { CORES_FLAGS, isFlagValue, type NeuronCompiler } from '../inferentia-flags';
import { neuronFlagSpec } from '../neuron-flag-reference';

export const FLAGS_FIELD = 'CompilerOptions';

/** How the value was written: "-O2" (attached), "--verbose=info" (inline), "--verbose info". */
export type ValueForm = 'attached' | 'inline' | 'separate';

/**
 * One flag as given. `name` is the documented flag it stands for (both spellings of the cores
 * flag, or "-O" and "--optlevel", share one), `shown` the spelling used.
 */
export type FlagUse = {
  name: string;
  shown: string;
  value?: string;
  form?: ValueForm;
  /** The token of the flag, then the token of its value when that is a token of its own. */
  tokens: number[];
};

/** The words of a flags string. */
export function flagTokens(flags: string): string[] {
  return flags.split(/\s+/).filter(Boolean);
}

/** Every flag of the tokens with its value; a token that is neither is not a use. */
export function flagUses(tokens: readonly string[], compiler: NeuronCompiler): FlagUse[] {
  const uses: FlagUse[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    if (!token.startsWith('-') || /^-\d/.test(token)) continue;
    const attached = /^-O(.+)$/.exec(token)?.[1];
    if (attached !== undefined) {
      uses.push({
        name: canonical('-O', compiler),
        shown: '-O',
        value: attached,
        form: 'attached',
        tokens: [index],
      });
      continue;
    }
    const [flag = token, inline] = token.split(/=(.*)/s);
    const next = tokens[index + 1];
    const use: FlagUse = { name: canonical(flag, compiler), shown: flag, tokens: [index] };
    if (inline !== undefined) {
      use.value = inline;
      use.form = 'inline';
    } else if (isFlagValue(next)) {
      use.value = next;
      use.form = 'separate';
      use.tokens.push(index + 1);
      index += 1;
    }
    uses.push(use);
  }
  return uses;
}

function canonical(flag: string, compiler: NeuronCompiler): string {
  if (CORES_FLAGS.includes(flag)) return '--num-neuroncores';
  return neuronFlagSpec(compiler, flag)?.name ?? flag;
}

/** The use as written: "-O2", "--verbose=info", "--auto-cast matmult", "--logfile". */
export function writtenUse(use: FlagUse, value = use.value): string {
  if (value === undefined) return use.shown;
  if (use.form === 'attached') return `${use.shown}${value}`;
  return use.form === 'inline' ? `${use.shown}=${value}` : `${use.shown} ${value}`;
}

/** The tokens with the use's value replaced, written the way the value was written. */
export function withUseValue(tokens: readonly string[], use: FlagUse, value: string): string[] {
  const [flagAt, valueAt] = use.tokens;
  if (flagAt === undefined) return [...tokens];
  if (use.form === 'separate' && valueAt !== undefined) return tokens.with(valueAt, value);
  return tokens.with(flagAt, writtenUse(use, value));
}

/**
 * A fix that edits the flags tokens of the draft it is applied to; the edit checks that the
 * tokens are still the ones the problem was found in, so a stale fix changes nothing.
 */
export function editFlags(
  given: readonly string[],
  edit: (tokens: readonly string[]) => string[],
): Fix['apply'] {
  return (draft: OutputConfigDraft) => {
    const parsed = parseCompilerOptions(ownValue(draft, FLAGS_FIELD));
    if (parsed.kind !== 'flags') return draft;
    const tokens = flagTokens(parsed.value);
    if (tokens.join(' ') !== given.join(' ')) return draft;
    return withKey(draft, FLAGS_FIELD, formatFlags(edit(tokens).join(' ')));
  };
}
