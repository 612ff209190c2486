import { parseCompilerOptions } from '../api-string';
import { flagsBuilderStart } from './flags-builder-start';

describe('flagsBuilderStart', () => {
  it.each([
    ['keeps a flags string', '"--verbose 1 -O2"', '--verbose 1 -O2'],
    ['turns a dict into flags', '{"num-neuroncores": 2}', '--num-neuroncores 2'],
    ['turns a Python-style dict into flags', "{'num-neuroncores': 2}", '--num-neuroncores 2'],
    ['quotes bare flags', '  --verbose 1 -O2 ', '--verbose 1 -O2'],
    ['starts empty from a dict without a flag form', '{"mattr": ["+neon"]}', ''],
    ['starts empty from unreadable text', '{"a": ', ''],
    ['starts empty from nothing', undefined, ''],
  ])('%s', (_, value, flags) => {
    expect(flagsBuilderStart(parseCompilerOptions(value))).toBe(flags);
  });

  it('turns an object given in place of the string into flags', () => {
    expect(flagsBuilderStart(parseCompilerOptions({ 'num-neuroncores': 4 }))).toBe(
      '--num-neuroncores 4',
    );
    expect(flagsBuilderStart(parseCompilerOptions(12))).toBe('');
  });
});
