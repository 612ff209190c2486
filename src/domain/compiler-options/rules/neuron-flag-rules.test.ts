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
      'warning: "--verbose 1" is not documented: neuronx-cc documents --verbose debug, info, warning, error or critical (the API example writes --verbose 1, so this is a warning).',
    ],
    [
      '--verbose LOUD',
      'neuron-cc',
      'warning: "--verbose LOUD" is not documented: neuron-cc documents --verbose DEBUG, INFO, WARN or ERROR (the API example writes --verbose 1, so this is a warning).',
    ],
  ])('%s on %s', (flags, compiler, expected) => {
    expect(brief(flags, compiler)).toEqual([expected]);
  });
});

describe('neuronx-cc flag values are judged against the reference', () => {
  it.each([
    [
      '--auto-cast matmul',
      'warning: "--auto-cast matmul" is not documented: neuronx-cc documents --auto-cast matmult, all or none (its text also spells it "matmul" once). Did you mean --auto-cast matmult? [Use --auto-cast matmult]',
    ],
    [
      '--auto-cast-type bf17',
      'error: "--auto-cast-type bf17" is not documented: neuronx-cc documents --auto-cast-type bf16, fp16, tf32 or fp8_e4m3. Did you mean --auto-cast-type bf16? [Use --auto-cast-type bf16]',
    ],
    [
      '--auto-cast-type=BF16',
      'error: "--auto-cast-type=BF16" is not documented: neuronx-cc documents --auto-cast-type bf16, fp16, tf32 or fp8_e4m3. Did you mean --auto-cast-type=bf16? [Use --auto-cast-type=bf16]',
    ],
    ['-O9', 'error: "-O9" is not documented: neuronx-cc documents -O1, -O2 or -O3.'],
    [
      '--optlevel 5',
      'error: "--optlevel 5" is not documented: neuronx-cc documents --optlevel 1, 2 or 3.',
    ],
    [
      '--target inf1',
      'error: "--target inf1" is not documented: neuronx-cc documents --target trn1 or inf2. Did you mean --target inf2? [Use --target inf2]',
    ],
    [
      '--model-type transformers',
      'error: "--model-type transformers" is not documented: neuronx-cc documents --model-type generic or transformer. Did you mean --model-type transformer? [Use --model-type transformer]',
    ],
    [
      '--auto-cast',
      'error: --auto-cast takes matmult, all or none (neuronx-cc reference), and none is given',
    ],
    [
      '--enable-saturate-infinity true',
      'warning: --enable-saturate-infinity is a switch and takes no value in the neuronx-cc reference; "true" would be read as another argument [Remove "true"]',
    ],
    [
      '--auto-cst all',
      'warning: --auto-cst is not in the neuronx-cc reference. Did you mean --auto-cast? [Use --auto-cast]',
    ],
    [
      '--num-neuroncores 2',
      "warning: --num-neuroncores is not in the neuronx-cc reference. neuronx-cc takes no NeuronCore count; --num-neuroncores is neuron-cc's (ml_inf1).",
    ],
  ])('%s', (flags, expected) => {
    expect(brief(flags, 'neuronx-cc')).toEqual([expected]);
  });

  it('accepts every documented value of every flag', () => {
    const flags =
      '--target inf2 --model-type transformer --auto-cast all --auto-cast-type fp8_e4m3 -O3 --enable-mixed-precision-accumulation --logfile log.txt --verbose INFO';
    expect(brief(flags, 'neuronx-cc')).toEqual([]);
  });

  it.each([
    ['--auto-cast matmul -O2', '--auto-cast matmult -O2'],
    ['--auto-cast-type=bf17', '--auto-cast-type=bf16'],
    ['--auto-cst all', '--auto-cast all'],
    ['--enable-fast-context-switch yes -O2', '--enable-fast-context-switch -O2'],
  ])('fixes %s in place', (flags, expected) => {
    expect(fixed(flags, 0, 'neuronx-cc')).toBe(expected);
  });

  it('treats -O and --optlevel as one flag', () => {
    const flags = '--optlevel 2 -O3';
    expect(brief(flags, 'neuronx-cc')).toEqual([
      'error: --optlevel is given twice with different values (--optlevel 2, then -O3): keep one [Keep --optlevel 2]',
    ]);
    expect(fixed(flags, 0, 'neuronx-cc')).toBe('--optlevel 2');
  });
});

describe('neuron-cc flag values are judged against the reference', () => {
  it.each([
    [
      '--fast-math fp32-cast-matmul',
      'error: "--fast-math fp32-cast-matmul" is not documented: neuron-cc documents --fast-math all, none, fast-relayout, no-fast-relayout, fp32-cast-all, fp32-cast-all-fp16, fp32-cast-matmult, fp32-cast-matmult-bf16 or fp32-cast-matmult-fp16. Did you mean --fast-math fp32-cast-matmult? [Use --fast-math fp32-cast-matmult]',
    ],
    ['-O9', 'error: "-O9" is not documented: neuron-cc documents -O1, -O2 or -O3.'],
    [
      '--fastmath all',
      'warning: --fastmath is not in the neuron-cc reference. Did you mean --fast-math? [Use --fast-math]',
    ],
  ])('%s', (flags, expected) => {
    expect(brief(flags)).toEqual([expected]);
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
