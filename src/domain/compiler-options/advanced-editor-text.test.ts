import { optionsEditorText, readOptionsEditorText } from './advanced-editor-text';

describe('optionsEditorText', () => {
  it.each([
    ['nothing for absent options', undefined, ''],
    ['the object pretty-printed', '{"mcpu":"a","foo":1}', '{\n  "mcpu": "a",\n  "foo": 1\n}'],
    ['Python-style text as JSON', "{'mattr': ['+neon']}", '{\n  "mattr": [\n    "+neon"\n  ]\n}'],
    ['flags as a JSON string', '"--verbose 1 -O2"', '"--verbose 1 -O2"'],
    ['unreadable text verbatim', '{"mcpu": ', '{"mcpu": '],
    ['an object given in place of the string', { mcpu: 'a' }, '{\n  "mcpu": "a"\n}'],
  ])('shows %s', (_, value, text) => {
    expect(optionsEditorText(value)).toBe(text);
  });
});

describe('readOptionsEditorText', () => {
  it.each([
    [
      'an object as compact JSON',
      '{\n  "mcpu": "a",\n  "foo": 1\n}',
      '{"mcpu":"a","foo":1}',
      false,
    ],
    [
      'a JSON string as flags',
      '"--verbose 1 --num-neuroncores 2 -O2"',
      '"--verbose 1 --num-neuroncores 2 -O2"',
      false,
    ],
    ['empty text as no options', '  \n', '', false],
    ['an empty object as no options', '{}', '', false],
    ['Python-style text, converted', "{'ANDROID_PLATFORM': 25}", '{"ANDROID_PLATFORM":25}', true],
  ])('reads %s', (_, text, compilerOptions, convertedFromPython) => {
    expect(readOptionsEditorText(text)).toEqual({ ok: true, compilerOptions, convertedFromPython });
  });

  it('reports a syntax error with its line and column', () => {
    expect(readOptionsEditorText('{\n  "mcpu": "a",\n}')).toEqual({
      ok: false,
      error: { message: "Trailing comma before '}': remove it", line: 3, column: 1 },
    });
  });

  it('asks for quotes around bare flags', () => {
    const reading = readOptionsEditorText('--verbose 1');
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.error.message).toBe(
      'Compiler flags are a JSON string: put them in double quotes, e.g. "--verbose 1"',
    );
  });

  it('refuses JSON that is neither an object nor a string', () => {
    const reading = readOptionsEditorText('[1]');
    expect(!reading.ok && reading.error.message).toBe(
      'CompilerOptions holds an object of options, or for Inferentia a quoted flags string, not an array',
    );
  });
});
