/**
 * Completion for the Extra flags field: what the word being typed (the last one) can become,
 * from the compiler's reference (neuron-flag-reference.ts). After a flag that takes one of a
 * set of values, its values; otherwise the documented flag names.
 */
import type { NeuronCompiler } from '../inferentia-flags';
import { NEURON_FLAG_SPECS, neuronFlagSpec } from '../neuron-flag-reference';
import type { Suggestion } from './suggestion-notes';

export type FlagCompletions = {
  /** The text before the word being completed, kept as typed. */
  head: string;
  /** The word being completed. */
  word: string;
  items: Suggestion[];
};

/** What the last word of `text` can be completed to. */
export function flagCompletions(text: string, compiler: NeuronCompiler): FlagCompletions {
  const head = /^(.*\s)?/s.exec(text)?.[0] ?? '';
  const word = text.slice(head.length);
  const previous = head.trim().split(/\s+/).at(-1) ?? '';
  const spec = neuronFlagSpec(compiler, previous);
  const lower = word.toLowerCase();
  if (spec?.takes === 'choice' && !word.startsWith('-')) {
    const items = (spec.values ?? [])
      .filter((value) => value.toLowerCase().startsWith(lower))
      .map((value) => ({ value, note: `${spec.name} value` }));
    return { head, word, items };
  }
  const bare = lower.replace(/^-+/, '');
  const items = NEURON_FLAG_SPECS[compiler]
    .filter((candidate) => candidate.name.replace(/^-+/, '').startsWith(bare))
    .map((candidate) => ({ value: candidate.name, note: candidate.note }));
  return { head, word, items };
}

/** The text with its last word replaced by `value`, and a space to go on typing. */
export function completeFlag(completions: FlagCompletions, value: string): string {
  return `${completions.head}${value} `;
}
