import {
  hasNeon,
  integerOrText,
  keysWithoutField,
  optionTokens,
  optionValueText,
  withNeon,
  withOptionField,
} from './field-edits';

const withOptions = (text: string) => ({ TargetDevice: 'ml_m5', CompilerOptions: text });

describe('withOptionField', () => {
  it.each([
    ['adds a first option', '', 'mcpu', 'skylake-avx512', '{"mcpu":"skylake-avx512"}'],
    [
      'puts a new key in field order',
      '{"mattr":["+neon"]}',
      'mcpu',
      'cortex-a53',
      '{"mcpu":"cortex-a53","mattr":["+neon"]}',
    ],
    [
      'keeps an existing key in place',
      '{"mattr":["+neon"],"mcpu":"a"}',
      'mcpu',
      'b',
      '{"mattr":["+neon"],"mcpu":"b"}',
    ],
    [
      "puts ANDROID_PLATFORM before mattr, as the reference's example does",
      '{"mattr":["+neon"]}',
      'ANDROID_PLATFORM',
      25,
      '{"ANDROID_PLATFORM":25,"mattr":["+neon"]}',
    ],
    ['keeps unknown keys', '{"foo":1,"mcpu":"a"}', 'mcpu', 'b', '{"foo":1,"mcpu":"b"}'],
    [
      'adds after unknown keys when no known key is there',
      '{"foo":1}',
      'mcpu',
      'b',
      '{"foo":1,"mcpu":"b"}',
    ],
    [
      'adds before a later known key',
      '{"foo":1,"mattr":["+neon"],"bar":2}',
      'mcpu',
      'b',
      '{"foo":1,"mcpu":"b","mattr":["+neon"],"bar":2}',
    ],
    [
      'adds after an earlier known key',
      '{"mcpu":"a","foo":1}',
      'mattr',
      ['+neon'],
      '{"mcpu":"a","mattr":["+neon"],"foo":1}',
    ],
    ['removes a cleared key', '{"mcpu":"a","foo":1}', 'mcpu', undefined, '{"foo":1}'],
    ['removes an emptied list', '{"mattr":["+neon"],"foo":1}', 'mattr', [], '{"foo":1}'],
    [
      'normalises Python-style text to JSON',
      "{'mcpu': 'a'}",
      'dtype',
      'int64',
      '{"dtype":"int64","mcpu":"a"}',
    ],
  ] as const)('%s', (_, before, key, value, after) => {
    const edited = withOptionField(withOptions(before), key, value as never);
    expect(edited).toEqual(withOptions(after));
  });

  it('removes CompilerOptions once the last option is cleared', () => {
    expect(withOptionField(withOptions('{"mcpu":"a"}'), 'mcpu', '')).toEqual({
      TargetDevice: 'ml_m5',
    });
  });

  it.each([
    ['invalid text', '{"mcpu": '],
    ['an Inferentia flags string', '"--verbose 1"'],
  ])('leaves %s untouched', (_, text) => {
    const draft = withOptions(text);
    expect(withOptionField(draft, 'mcpu', 'a')).toBe(draft);
  });
});

describe('withNeon', () => {
  it.each([
    ['adds +neon to an absent mattr', '', true, '{"mattr":["+neon"]}'],
    ['adds +neon after other tokens', '{"mattr":["+vfpv4"]}', true, '{"mattr":["+vfpv4","+neon"]}'],
    [
      'removes +neon and keeps the rest',
      '{"mattr":["+neon","+vfpv4"]}',
      false,
      '{"mattr":["+vfpv4"]}',
    ],
    [
      'removes mattr when +neon was its only token',
      '{"ANDROID_PLATFORM":25,"mattr":["+neon"]}',
      false,
      '{"ANDROID_PLATFORM":25}',
    ],
  ] as const)('%s', (_, before, on, after) => {
    expect(withNeon(withOptions(before), on)).toEqual(withOptions(after));
  });

  it('changes nothing when +neon is already as asked', () => {
    const draft = withOptions('{"mattr":["+neon"]}');
    expect(withNeon(draft, true)).toBe(draft);
  });
});

describe('hasNeon and optionTokens', () => {
  it('reads +neon from a list and from a single string', () => {
    expect(hasNeon({ mattr: ['+vfpv4', '+neon'] })).toBe(true);
    expect(hasNeon({ mattr: '+neon' })).toBe(true);
    expect(hasNeon({ mattr: ['+vfpv4'] })).toBe(false);
  });

  it('treats a single value as one token', () => {
    expect(optionTokens(undefined)).toEqual([]);
    expect(optionTokens('+neon')).toEqual(['+neon']);
    expect(optionTokens(['a', 1])).toEqual(['a', 1]);
  });
});

describe('integerOrText', () => {
  it.each([
    ['27', 27],
    ['-3', -3],
    ['', undefined],
    ['027', '027'],
    ['27.5', '27.5'],
    ['2a', '2a'],
    [' 27', ' 27'],
    ['99999999999999999999', '99999999999999999999'],
  ])('%j → %j', (text, value) => {
    expect(integerOrText(text)).toEqual(value);
  });
});

describe('optionValueText', () => {
  it.each([
    [undefined, ''],
    ['sm_53', 'sm_53'],
    [27, '27'],
    [null, 'null'],
    [['+neon'], '["+neon"]'],
  ])('%j → %j', (value, text) => {
    expect(optionValueText(value)).toBe(text);
  });
});

describe('keysWithoutField', () => {
  it('lists keys the app has no field for, in order', () => {
    expect(keysWithoutField({ foo: 1, mcpu: 'a', gpu_code: 'sm_53' })).toEqual(['foo', 'gpu_code']);
  });
});
