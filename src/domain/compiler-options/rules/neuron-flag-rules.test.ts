import fc from 'fast-check';
import { withKey, type OutputConfigDraft } from '../../draft';
import { formatFlags } from '../api-string';
import {
  formatNeuronFlags,
  NEURON_BUILDERS,
  neuronCompilerFor,
  type NeuronCompiler,
  type NeuronFlags,
} from '../inferentia-flags';
import { neuronFlagProblems } from './neuron-flag-rules';

const brief = (flags: string, compiler: NeuronCompiler = 'neuron-cc') =>
  neuronFlagProblems(flags, compiler).map(
    (problem) =>
      `${problem.severity}: ${problem.message}${problem.fix ? ` [${problem.fix.label}]` : ''}`,
  );

/** The flags after applying the fix of the problem at `index`. */
function fixed(flags: string, index = 0, compiler: NeuronCompiler = 'neuron-cc'): unknown {
  const fix = neuronFlagProblems(flags, compiler)[index]?.fix;
  if (fix === undefined) throw new Error('no fix');
  const draft: OutputConfigDraft = withKey(
    { TargetDevice: 'ml_inf1' },
    'CompilerOptions',
    formatFlags(flags),
  );
  return JSON.parse(String(fix.apply(draft).CompilerOptions));
}

describe('neuronCompilerFor', () => {
  it.each([
    ['ml_inf1', 'neuron-cc'],
    ['ml_inf2', 'neuronx-cc'],
    ['ml_trn1', 'neuronx-cc'],
  ])('%s uses %s', (device, compiler) => {
    expect(neuronCompilerFor(device)).toBe(compiler);
  });
});

describe('the builder never offers a flag the rules then warn about', () => {
  it.each(Object.values(NEURON_BUILDERS))('$compiler', (builder) => {
    const model = fc.record({
      verbose: fc.option(fc.constantFrom(...builder.verboseLevels), { nil: undefined }),
      neuronCores: builder.coresFlag
        ? fc.option(fc.integer({ min: 1, max: 64 }).map(String), { nil: undefined })
        : fc.constant(undefined),
      optLevel: fc.option(fc.constantFrom(...builder.optLevels), { nil: undefined }),
    });
    fc.assert(
      fc.property(model, (chosen) => {
        const flags: NeuronFlags = { extra: '' };
        if (chosen.verbose !== undefined) flags.verbose = chosen.verbose;
        if (chosen.neuronCores !== undefined && builder.coresFlag !== undefined) {
          flags.neuronCores = chosen.neuronCores;
          flags.coresFlag = builder.coresFlag;
        }
        if (chosen.optLevel !== undefined) flags.optLevel = chosen.optLevel;
        expect(brief(formatNeuronFlags(flags), builder.compiler)).toEqual([]);
      }),
    );
  });

  it('accepts the API example on ml_inf1, whose flags the builder writes', () => {
    expect(brief('--verbose 1 --num-neuroncores 2 -O2')).toEqual([]);
  });

  it('offers neuronx-cc no NeuronCore count, which neuronx-cc does not take', () => {
    expect(NEURON_BUILDERS['neuronx-cc'].coresFlag).toBeUndefined();
    expect(NEURON_BUILDERS['neuronx-cc'].verboseLevels).not.toContain('1');
  });
});

describe('NeuronCore counts', () => {
  it.each([
    ['four', '"four" is not one', 'Use 4'],
    ['0', '"0" is not one', undefined],
    ['4.5', '"4.5" is not one', undefined],
    ['-1', '"-1" is not one', undefined],
  ])('rejects --num-neuroncores %s', (count, says, fix) => {
    const [problem, ...rest] = neuronFlagProblems(`--num-neuroncores ${count} -O2`, 'neuron-cc');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: 'CompilerOptions', severity: 'error' });
    expect(problem?.message).toContain('a whole number of NeuronCores from 1');
    expect(problem?.message).toContain(says);
    expect(problem?.fix?.label).toBe(fix);
  });

  it('fixes a count written as a word', () => {
    expect(fixed('--verbose 1 --num-neuroncores four -O2')).toBe(
      '--verbose 1 --num-neuroncores 4 -O2',
    );
  });

  it('rejects a count flag with no count', () => {
    expect(brief('--neuroncore-pipeline-cores')).toEqual([
      'error: --neuroncore-pipeline-cores takes a whole number of NeuronCores from 1, and none is given',
    ]);
  });
});

describe('repeated flags', () => {
  it('flags conflicting values as errors, each with a fix that keeps the first', () => {
    const flags = '--num-neuroncores 4 -O3 --num-neuroncores 2 -O1';
    expect(brief(flags)).toEqual([
      'error: --num-neuroncores is given twice with different values (4, then 2): keep one [Keep --num-neuroncores 4]',
      'error: -O is given twice with different values (-O3, then -O1): keep one [Keep -O3]',
    ]);
    expect(fixed(flags, 0)).toBe('--num-neuroncores 4 -O3 -O1');
    expect(fixed(flags, 1)).toBe('--num-neuroncores 4 -O3 --num-neuroncores 2');
  });

  it('warns about a flag repeated with the same value', () => {
    expect(brief('--verbose 1 --verbose 1')).toEqual([
      'warning: --verbose is given twice [Keep --verbose 1]',
    ]);
    expect(fixed('--verbose 1 --verbose 1')).toBe('--verbose 1');
  });

  it('treats both spellings of the cores flag as one flag', () => {
    expect(brief('--num-neuroncores 4 --neuroncore-pipeline-cores 2')[0]).toMatch(
      /^error: --num-neuroncores/,
    );
  });
});

describe('reference hints stay warnings', () => {
  it.each<[string, NeuronCompiler, string]>([
    [
      '--log-level INFO',
      'neuron-cc',
      'warning: --log-level does not exist in neuron-cc; use --verbose',
    ],
    [
      '--verbose 1',
      'neuronx-cc',
      'warning: neuronx-cc documents --verbose debug, info, warning, error, critical',
    ],
  ])('%s on %s', (flags, compiler, expected) => {
    expect(brief(flags, compiler)).toEqual([expected]);
  });
});

describe('flags in their own order', () => {
  it('are kept but said, with a fix to the builder order', () => {
    const flags = '-O2 --num-neuroncores 2 --verbose 1';
    expect(brief(flags)).toEqual([
      'warning: The flags are kept in the order given; the flags builder writes them as "--verbose 1 --num-neuroncores 2 -O2" [Use the builder order]',
    ]);
    expect(fixed(flags)).toBe('--verbose 1 --num-neuroncores 2 -O2');
  });

  it('say nothing when they are in the builder order', () => {
    expect(brief('--verbose 1 --num-neuroncores 2 -O2')).toEqual([]);
  });
});
