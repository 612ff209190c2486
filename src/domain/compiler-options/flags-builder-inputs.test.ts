import { neuronFlagProblems } from './rules/neuron-flag-rules';
import { problemFocusField } from './flags-builder-inputs';

const focusOf = (flags: string, compiler: 'neuron-cc' | 'neuronx-cc' = 'neuronx-cc') =>
  neuronFlagProblems(flags, compiler).map((problem) => [
    problem.message,
    problemFocusField(problem),
  ]);

describe('problemFocusField', () => {
  it('a --verbose problem lands on the --verbose input, not the whole-options editor', () => {
    expect(focusOf('--verbose loud')).toEqual([
      [
        expect.stringMatching(
          /^"--verbose loud" is not documented: neuronx-cc documents --verbose /,
        ),
        'CompilerOptions.verbose',
      ],
    ]);
  });

  it('a NeuronCore count, an optimisation level and another flag land on their inputs', () => {
    expect(focusOf('--num-neuroncores two', 'neuron-cc')).toEqual([
      [expect.stringMatching(/^--num-neuroncores takes/), 'CompilerOptions.cores'],
    ]);
    expect(focusOf('-O2 -O3')).toEqual([
      [expect.stringMatching(/^-O is given twice/), 'CompilerOptions.opt-level'],
    ]);
    expect(focusOf('--dtype bf16')).toEqual([
      [expect.stringMatching(/^--dtype appears/), 'CompilerOptions.extra'],
    ]);
  });

  it('other problems keep their own field', () => {
    expect(problemFocusField({ field: 'gpu-code', severity: 'error', message: '-O2 x' })).toBe(
      'gpu-code',
    );
    expect(
      problemFocusField({ field: 'CompilerOptions', severity: 'error', message: 'Not JSON' }),
    ).toBe('CompilerOptions');
  });
});
