/**
 * Which input of the Inferentia flags builder a CompilerOptions problem is about, so that a
 * click on the problem in the summary lands there rather than on the whole-options editor. The
 * flag rules name the flag a problem is about first in its message ("--verbose is given
 * twice", "neuronx-cc documents --verbose …", "-O is given twice"): that flag decides, and the
 * builder puts it where parseNeuronFlags would.
 */
import type { Problem } from '../problem';
import { CORES_FLAGS } from './neuron-flag-names';

export type FlagsBuilderInput = 'verbose' | 'cores' | 'opt-level' | 'extra';

const FIELD = 'CompilerOptions';
/** A flag at the start of the message or after a space or quote; "neuron-cc" is not one. */
const FLAG_IN_MESSAGE = /(?:^|[^\w-])(--?[A-Za-z][\w-]*)/;

/** The field name of a builder input ("CompilerOptions.verbose"), for its DOM id. */
export function flagsBuilderField(input: FlagsBuilderInput): string {
  return `${FIELD}.${input}`;
}

function builderInputOf(flag: string): FlagsBuilderInput {
  if (flag === '--verbose') return 'verbose';
  if (CORES_FLAGS.includes(flag)) return 'cores';
  return /^-O\d?$/.test(flag) ? 'opt-level' : 'extra';
}

/**
 * The field a click on `problem` focuses: the builder input of the flag a CompilerOptions
 * problem names, else the problem's own field. Where the page shows no flags builder, the
 * summary falls back to CompilerOptions itself.
 */
export function problemFocusField(problem: Problem): string {
  if (problem.field !== FIELD) return problem.field;
  const flag = FLAG_IN_MESSAGE.exec(problem.message)?.[1];
  return flag === undefined ? FIELD : flagsBuilderField(builderInputOf(flag));
}
