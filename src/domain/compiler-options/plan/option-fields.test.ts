import type { JsonValue } from '../../json/json-value';
import {
  DTYPE_VALUES,
  findOptionField,
  OPTION_FIELDS,
  OPTION_KEYS,
  type OptionKey,
} from './option-fields';

function firstMessage(key: OptionKey, value: JsonValue): string | undefined {
  const field = findOptionField(key);
  if (field === undefined) throw new Error(`no field ${key}`);
  return field.schema.safeParse(value).error?.issues[0]?.message;
}

describe('OPTION_FIELDS', () => {
  it('has one field per option key, in OPTION_KEYS order', () => {
    expect(OPTION_FIELDS.map((field) => field.key)).toEqual([...OPTION_KEYS]);
  });

  it('gives each field its help text', () => {
    for (const field of OPTION_FIELDS) {
      expect(field.help.length).toBeGreaterThan(10);
    }
  });

  it('offers the closed dtype values in a select', () => {
    expect(findOptionField('dtype')).toMatchObject({ widget: 'select', values: DTYPE_VALUES });
  });

  it('finds nothing for keys it has no field for, including prototype names', () => {
    expect(findOptionField('gpu_code')).toBeUndefined();
    expect(findOptionField('constructor')).toBeUndefined();
  });
});

describe('option value schemas', () => {
  it.each<[OptionKey, JsonValue]>([
    ['dtype', 'float32'],
    ['dtype', 'long'],
    ['mcpu', 'skylake-avx512'],
    ['mattr', ['+neon', '+vfpv4', '-thumb-mode', '+v8.2a']],
    ['gpu-code', 'sm_53'],
    ['gpu-code', 'sm_100'],
    ['trt-ver', '6.0.1'],
    ['cuda-ver', '10.0'],
    ['JETPACK_VERSION', '4.6'],
    ['JETPACK_VERSION', '4.6.1'],
    ['ANDROID_PLATFORM', 21],
    ['ANDROID_PLATFORM', 29],
    ['class_labels', 'imagenet_labels_1000.txt'],
    ['class_labels', 'labels/imagenet.txt'],
    ['precision_mode', 'FP16'],
    ['signature_def_key', 'serving_default'],
    ['output_names', ['output:0']],
  ])('accepts %s %j', (key, value) => {
    expect(firstMessage(key, value)).toBeUndefined();
  });

  it.each<[OptionKey, JsonValue, string]>([
    ['dtype', 'Float32', 'dtype is float32 (or float) or int64 (or long)'],
    ['dtype', 'int32', 'dtype is float32 (or float) or int64 (or long)'],
    ['mcpu', '', 'mcpu is one LLVM CPU name such as skylake-avx512, with no spaces'],
    ['mcpu', 'cortex a53', 'mcpu is one LLVM CPU name such as skylake-avx512, with no spaces'],
    ['mcpu', 5, 'mcpu is text: an LLVM CPU name such as skylake-avx512'],
    ['mattr', '+neon', 'mattr is a list of tokens, e.g. ["+neon"], not a single string'],
    ['mattr', { neon: true }, 'mattr is a list of tokens, e.g. ["+neon", "+vfpv4"]'],
    ['mattr', ['+neon', 'vfpv4'], 'mattr token "vfpv4" must be +feature or -feature, e.g. +neon'],
    ['mattr', ['+neon', 3], 'mattr token 3 must be text like "+neon"'],
    ['gpu-code', 'sm72', 'gpu-code is sm_ and the compute capability, e.g. sm_72'],
    ['gpu-code', 'SM_72', 'gpu-code is sm_ and the compute capability, e.g. sm_72'],
    ['gpu-code', 72, 'gpu-code is text, not a number: write it in quotes, e.g. "sm_72"'],
    ['trt-ver', '6.0', 'trt-ver is the TensorRT version as x.y.z, e.g. 6.0.1'],
    ['cuda-ver', '10', 'cuda-ver is the CUDA version as x.y, e.g. 10.0'],
    ['cuda-ver', 10.2, 'cuda-ver is text, not a number: write it in quotes, e.g. "10.0"'],
    ['cuda-ver', null, 'cuda-ver is text: the CUDA version as x.y, e.g. 10.0'],
    ['JETPACK_VERSION', 'r32', 'JETPACK_VERSION is a JetPack release as x.y or x.y.z, e.g. 4.6'],
    ['ANDROID_PLATFORM', '27', 'ANDROID_PLATFORM is a number, not text: write it without quotes'],
    // What an integer form field writes for text that is not a whole number (integerOrText).
    [
      'ANDROID_PLATFORM',
      '27.5',
      'ANDROID_PLATFORM is a whole number, an Android API level from 21 to 29',
    ],
    [
      'ANDROID_PLATFORM',
      'twenty',
      'ANDROID_PLATFORM is a number, an Android API level from 21 to 29',
    ],
    ['ANDROID_PLATFORM', true, 'ANDROID_PLATFORM is a number, an Android API level from 21 to 29'],
    ['ANDROID_PLATFORM', 20, 'ANDROID_PLATFORM is an Android API level from 21 to 29'],
    ['ANDROID_PLATFORM', 30, 'ANDROID_PLATFORM is an Android API level from 21 to 29'],
    [
      'ANDROID_PLATFORM',
      27.5,
      'ANDROID_PLATFORM is a whole number, an Android API level from 21 to 29',
    ],
    ['class_labels', '', 'class_labels is a file name such as imagenet_labels_1000.txt'],
    [
      'class_labels',
      '/labels.txt',
      "class_labels is a path inside the model's tar.gz, so it has no leading /",
    ],
    ['precision_mode', 'FP8', 'precision_mode is FP16 or FP32'],
    ['signature_def_key', '', 'signature_def_key is the name of a SavedModel signature'],
    ['output_names', 'output:0', 'output_names is a list of tensor names, e.g. ["output:0"]'],
    ['output_names', [], 'output_names lists at least one tensor name, e.g. output:0'],
    [
      'output_names',
      [''],
      'output_names entries are tensor names such as output:0, not empty text',
    ],
  ])('rejects %s %j', (key, value, message) => {
    expect(firstMessage(key, value)).toBe(message);
  });
});
