import { parseCompilerOptions } from './api-string';
import { readCompilerOptions } from './option-edits';
import { optionsForReading } from './options-for-reading';

const forReading = (value: Parameters<typeof parseCompilerOptions>[0]) =>
  optionsForReading(parseCompilerOptions(value));

describe('optionsForReading', () => {
  it('says that none is set when CompilerOptions is absent or empty', () => {
    expect(forReading(undefined)).toBe('No CompilerOptions set.');
    expect(forReading('')).toBe('No CompilerOptions set.');
  });

  it('writes an object of options out as indented JSON', () => {
    expect(forReading('{"dtype":"float32","mattr":["+neon"]}')).toBe(
      '{\n  "dtype": "float32",\n  "mattr": [\n    "+neon"\n  ]\n}',
    );
  });

  it('writes Python-style options out as the JSON they stand for', () => {
    expect(forReading("{'dtype': 'float32'}")).toBe('{\n  "dtype": "float32"\n}');
  });

  it('names an Inferentia flags string as Neuron compiler flags', () => {
    expect(forReading('"--verbose=35"')).toBe('Neuron compiler flags: --verbose=35');
  });

  it('says why text that is not JSON cannot be read', () => {
    expect(forReading('{"dtype": }')).toMatch(/^Not readable: .+/);
  });

  it('says that a value which is not a string is not a string', () => {
    expect(forReading({ dtype: 'float32' })).toBe('CompilerOptions is not a string.');
  });

  it('is what reading CompilerOptions gives the preview', () => {
    expect(readCompilerOptions('{"mcpu":"skylake"}').readable).toBe('{\n  "mcpu": "skylake"\n}');
  });
});
