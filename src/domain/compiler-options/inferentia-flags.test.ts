import fc from 'fast-check';
import {
  flagsFromOptions,
  formatNeuronFlags,
  neuronFlagHints,
  parseNeuronFlags,
  readNeuronCoresText,
  type NeuronFlags,
} from './inferentia-flags';

describe('parseNeuronFlags', () => {
  it.each<[string, NeuronFlags]>([
    [
      '--verbose 1 --num-neuroncores 2 -O2',
      { verbose: '1', neuronCores: 2, coresFlag: '--num-neuroncores', optLevel: '2', extra: '' },
    ],
    [
      '--neuroncore-pipeline-cores 4 --fast-math none',
      { neuronCores: 4, coresFlag: '--neuroncore-pipeline-cores', extra: '--fast-math none' },
    ],
    ['--dtype int64', { extra: '--dtype int64' }],
    ['  -O3   --verbose  INFO ', { verbose: 'INFO', optLevel: '3', extra: '' }],
    ['--verbose -O1', { optLevel: '1', extra: '--verbose' }],
    ['--num-neuroncores two', { extra: '--num-neuroncores two' }],
    ['-O2 -O3', { optLevel: '2', extra: '-O3' }],
    ['', { extra: '' }],
  ])('reads %j', (flags, model) => {
    expect(parseNeuronFlags(flags)).toEqual(model);
  });
});

describe('formatNeuronFlags', () => {
  it.each<[NeuronFlags, string]>([
    [
      { verbose: '1', neuronCores: 2, optLevel: '2', extra: '' },
      '--verbose 1 --num-neuroncores 2 -O2',
    ],
    [
      { neuronCores: 4, coresFlag: '--neuroncore-pipeline-cores', extra: ' --fast-math none ' },
      '--neuroncore-pipeline-cores 4 --fast-math none',
    ],
    [{ verbose: ' ', extra: '' }, ''],
  ])('writes %j', (model, flags) => {
    expect(formatNeuronFlags(model)).toBe(flags);
  });

  it('keeps every token through parse and format, though it may reorder them', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '--verbose',
            '1',
            'INFO',
            '--num-neuroncores',
            '2',
            '-O2',
            '-O3',
            '--x',
            'y',
          ),
        ),
        (tokens) => {
          const formatted = formatNeuronFlags(parseNeuronFlags(tokens.join(' ')));
          const sorted = (text: string) => text.split(' ').filter(Boolean).sort();
          expect(sorted(formatted)).toEqual(sorted(tokens.join(' ')));
        },
      ),
    );
  });

  it('reorders flags given in another order', () => {
    expect(formatNeuronFlags(parseNeuronFlags('-O2 --verbose 1'))).toBe('--verbose 1 -O2');
  });
});

describe('neuronFlagHints', () => {
  it('explains the differences between the API example and the neuron-cc reference', () => {
    expect(neuronFlagHints('--verbose 1 --num-neuroncores 2 -O2')).toEqual([
      'neuron-cc documents --verbose DEBUG, INFO, WARN or ERROR; a number such as 1 only appears in the API example',
      '--num-neuroncores is the old name of --neuroncore-pipeline-cores (the API example still uses it)',
      '-O2 is not in the neuron-cc reference, although the API example uses -O2',
    ]);
  });

  it.each([
    ['--verbose INFO --neuroncore-pipeline-cores 2 --fast-math none', []],
    ['--verbose=debug', []],
    ['--verbose LOUD', ['neuron-cc documents --verbose DEBUG, INFO, WARN or ERROR']],
    [
      '--dtype int64',
      ['--dtype appears in an AWS notebook but is not a neuron-cc flag; its effect is unverified'],
    ],
    ['--log-level INFO', ['--log-level does not exist in neuron-cc; use --verbose']],
    ['--fp32-cast all', ['--fp32-cast is being deprecated in favour of --fast-math']],
    ['--fastmath all', ['--fastmath is not in the neuron-cc reference']],
  ])('neuron-cc: %j', (flags, hints) => {
    expect(neuronFlagHints(flags)).toEqual(hints);
  });

  it.each([
    ['--target inf2 -O2 --auto-cast matmult --verbose info', []],
    ['--verbose 1', ['neuronx-cc documents --verbose debug, info, warning, error, critical']],
    ['--num-neuroncores 2', ['--num-neuroncores is not in the neuronx-cc reference']],
  ])('neuronx-cc: %j', (flags, hints) => {
    expect(neuronFlagHints(flags, 'neuronx-cc')).toEqual(hints);
  });
});

describe('flagsFromOptions', () => {
  it.each([
    [{ 'num-neuroncores': 2 }, '--num-neuroncores 2'],
    [
      { verbose: 'INFO', 'enable-fast-context-switch': true },
      '--verbose INFO --enable-fast-context-switch',
    ],
    [{ '--dtype': 'int64' }, '--dtype int64'],
    [{ mattr: ['+neon'] }, undefined],
    [{}, undefined],
  ])('turns %j into %j', (options, flags) => {
    expect(flagsFromOptions(options)).toBe(flags);
  });
});

describe('readNeuronCoresText', () => {
  it.each([
    ['4', { neuronCores: 4 }],
    ['', {}],
    [
      '0',
      { kept: { text: '0', problem: '0 is not a whole number from 1, so the flag is left out.' } },
    ],
    [
      '2.5',
      {
        kept: {
          text: '2.5',
          problem: '2.5 is not a whole number from 1, so the flag is left out.',
        },
      },
    ],
    [
      '04',
      {
        kept: { text: '04', problem: '04 is not a whole number from 1, so the flag is left out.' },
      },
    ],
  ])('reads %j', (text, expected) => {
    expect(readNeuronCoresText(text)).toEqual(expected);
  });
});
