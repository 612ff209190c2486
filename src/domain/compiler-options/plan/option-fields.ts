/**
 * One entry per compiler-option key the app has a field for (SPEC §3). Each field is a zod
 * schema whose messages are the ones the user sees, registered with its metadata (label, help,
 * widget, closed values) so the form renders fields from data and spells out no rule itself.
 */
import { z } from 'zod/mini';
import type { OptionFamily } from '../../catalogue/catalogue';
import { quote } from '../../value-text';

export const DTYPE_VALUES = ['float32', 'float', 'int64', 'long'] as const;
export const dtypeSchema = z.enum(DTYPE_VALUES, {
  error: 'dtype is float32 (or float) or int64 (or long)',
});

export const PRECISION_MODES = ['FP16', 'FP32'] as const;
export const precisionModeSchema = z.enum(PRECISION_MODES, {
  error: 'precision_mode is FP16 or FP32',
});

// Fields show, and options are written, in this order: the reference's Android example is
// {'ANDROID_PLATFORM': 25, 'mattr': ['+neon']}.
export const OPTION_KEYS = [
  'dtype',
  'ANDROID_PLATFORM',
  'mcpu',
  'mattr',
  'gpu-code',
  'trt-ver',
  'cuda-ver',
  'JETPACK_VERSION',
  'class_labels',
  'precision_mode',
  'signature_def_key',
  'output_names',
] as const;
export type OptionKey = (typeof OPTION_KEYS)[number];

export type OptionWidget = 'select' | 'combobox' | 'text' | 'tokens' | 'integer';

export type OptionFieldMeta = {
  /** The key inside CompilerOptions, as the API spells it. */
  key: OptionKey;
  label: string;
  family: OptionFamily;
  help: string;
  widget: OptionWidget;
  /** The closed set a select offers. */
  values?: readonly string[];
  placeholder: string;
};

/** The schema of one option's value; its issues' messages are the user-facing ones. */
export type OptionSchema = z.ZodMiniType;

export type OptionField = OptionFieldMeta & { schema: OptionSchema };

function defineField(schema: OptionSchema, meta: OptionFieldMeta): OptionField {
  return { ...meta, schema };
}

/** A value inside a message: strings quoted and clipped, anything else as JSON. */
const quoted = (value: unknown) =>
  typeof value === 'string' ? quote(value) : (JSON.stringify(value) ?? String(value));

const mattrTokenSchema = z
  .string({ error: (issue) => `mattr token ${quoted(issue.input)} must be text like "+neon"` })
  .check(
    z.regex(/^[+-][A-Za-z0-9][\w.-]*$/, {
      error: (issue) =>
        `mattr token ${quoted(issue.input)} must be +feature or -feature, e.g. +neon`,
    }),
  );

const outputNameSchema = z
  .string({ error: (issue) => `output_names entry ${quoted(issue.input)} must be a tensor name` })
  .check(
    z.minLength(1, {
      error: 'output_names entries are tensor names such as output:0, not empty text',
    }),
  );

/** gpu-code, trt-ver, cuda-ver and JETPACK_VERSION: short version-like text. */
function versionText(key: string, pattern: RegExp, what: string, example: string) {
  return z
    .string({
      error: (issue) =>
        typeof issue.input === 'number'
          ? `${key} is text, not a number: write it in quotes, e.g. "${example}"`
          : `${key} is text: ${what}, e.g. ${example}`,
    })
    .check(z.regex(pattern, { error: `${key} is ${what}, e.g. ${example}` }));
}

export const OPTION_FIELDS: readonly OptionField[] = [
  defineField(dtypeSchema, {
    key: 'dtype',
    label: 'Input data type',
    family: 'dtype',
    help: 'Data type of the model input, for PyTorch models on ml_* instances (not ml_inf). float32 is used when it is not set; "float" means float32 and "long" means int64.',
    widget: 'select',
    values: DTYPE_VALUES,
    placeholder: 'float32',
  }),
  defineField(
    z
      .number({
        // "Without quotes" only for a quoted whole number ("27" in the JSON editor); a form
        // field writes 27.5 or "twenty" as text too, and there quotes mean nothing.
        error: (issue) =>
          typeof issue.input === 'string' && /^\s*\d+\s*$/.test(issue.input)
            ? 'ANDROID_PLATFORM is a number, not text: write it without quotes'
            : typeof issue.input === 'string' && /^\s*-?\d*\.\d+\s*$/.test(issue.input)
              ? 'ANDROID_PLATFORM is a whole number, an Android API level from 21 to 29'
              : 'ANDROID_PLATFORM is a number, an Android API level from 21 to 29',
      })
      .check(
        z.refine(Number.isInteger, {
          error: 'ANDROID_PLATFORM is a whole number, an Android API level from 21 to 29',
        }),
        z.gte(21, { error: 'ANDROID_PLATFORM is an Android API level from 21 to 29' }),
        z.lte(29, { error: 'ANDROID_PLATFORM is an Android API level from 21 to 29' }),
      ),
    {
      key: 'ANDROID_PLATFORM',
      label: 'Android API level',
      family: 'android',
      help: 'Android API level, from 21 to 29 (e.g. 27).',
      widget: 'integer',
      placeholder: '27',
    },
  ),
  defineField(
    z.string({ error: 'mcpu is text: an LLVM CPU name such as skylake-avx512' }).check(
      z.regex(/^\S+$/, {
        error: 'mcpu is one LLVM CPU name such as skylake-avx512, with no spaces',
      }),
    ),
    {
      key: 'mcpu',
      label: 'CPU micro-architecture',
      family: 'cpu',
      help: 'CPU micro-architecture, as an LLVM CPU name, e.g. skylake-avx512 for ml_m5.',
      widget: 'combobox',
      placeholder: 'skylake-avx512',
    },
  ),
  defineField(
    z.array(mattrTokenSchema, {
      error: (issue) =>
        typeof issue.input === 'string'
          ? `mattr is a list of tokens, e.g. ["+neon"], not a single string`
          : `mattr is a list of tokens, e.g. ["+neon", "+vfpv4"]`,
    }),
    {
      key: 'mattr',
      label: 'CPU features',
      family: 'cpu',
      help: 'CPU flags, each +feature or -feature, e.g. +neon, +vfpv4. Add +neon for 32-bit ARM with NEON.',
      widget: 'tokens',
      placeholder: '+neon',
    },
  ),
  defineField(versionText('gpu-code', /^sm_\d{2,3}$/, 'sm_ and the compute capability', 'sm_72'), {
    key: 'gpu-code',
    label: 'GPU architecture',
    family: 'nvidia',
    help: 'The targeted GPU architecture (compute capability), e.g. sm_53 for Jetson Nano, sm_72 for Jetson Xavier.',
    widget: 'combobox',
    placeholder: 'sm_72',
  }),
  defineField(versionText('trt-ver', /^\d+\.\d+\.\d+$/, 'the TensorRT version as x.y.z', '6.0.1'), {
    key: 'trt-ver',
    label: 'TensorRT version',
    family: 'nvidia',
    help: 'TensorRT version in x.y.z format, e.g. 6.0.1.',
    widget: 'combobox',
    placeholder: '6.0.1',
  }),
  defineField(versionText('cuda-ver', /^\d+\.\d+$/, 'the CUDA version as x.y', '10.0'), {
    key: 'cuda-ver',
    label: 'CUDA version',
    family: 'nvidia',
    help: 'CUDA version in x.y format, e.g. 10.0.',
    widget: 'combobox',
    placeholder: '10.0',
  }),
  defineField(
    versionText(
      'JETPACK_VERSION',
      /^\d+\.\d+(?:\.\d+)?$/,
      'a JetPack release as x.y or x.y.z',
      '4.6',
    ),
    {
      key: 'JETPACK_VERSION',
      label: 'JetPack version',
      family: 'jetpack',
      help: 'JetPack release on the Jetson. Documented only in the jetson_nano TensorFlow 2 example (4.6).',
      widget: 'combobox',
      placeholder: '4.6',
    },
  ),
  defineField(
    z.string({ error: 'class_labels is a file name such as imagenet_labels_1000.txt' }).check(
      z.minLength(1, { error: 'class_labels is a file name such as imagenet_labels_1000.txt' }),
      z.refine((name) => !name.startsWith('/'), {
        error: "class_labels is a path inside the model's tar.gz, so it has no leading /",
      }),
    ),
    {
      key: 'class_labels',
      label: 'Class labels file',
      family: 'coreml',
      help: "File name, inside the model's tar.gz, of the classification labels (one label per line).",
      widget: 'text',
      placeholder: 'imagenet_labels_1000.txt',
    },
  ),
  defineField(precisionModeSchema, {
    key: 'precision_mode',
    label: 'Precision',
    family: 'eia',
    help: 'Precision of the compiled artifacts: FP16 or FP32 (the default).',
    widget: 'select',
    values: PRECISION_MODES,
    placeholder: 'FP32',
  }),
  defineField(
    z
      .string({ error: 'signature_def_key is the name of a SavedModel signature' })
      .check(z.minLength(1, { error: 'signature_def_key is the name of a SavedModel signature' })),
    {
      key: 'signature_def_key',
      label: 'SavedModel signature',
      family: 'eia',
      help: "Signature to use for a SavedModel (TensorFlow's default signature def key when not set).",
      widget: 'text',
      placeholder: 'serving_default',
    },
  ),
  defineField(
    z
      .array(outputNameSchema, {
        error: 'output_names is a list of tensor names, e.g. ["output:0"]',
      })
      .check(
        z.minLength(1, { error: 'output_names lists at least one tensor name, e.g. output:0' }),
      ),
    {
      key: 'output_names',
      label: 'Output tensor names',
      family: 'eia',
      help: 'Output tensor names for a FrozenGraph model, e.g. output:0.',
      widget: 'tokens',
      placeholder: 'output:0',
    },
  ),
];

const FIELDS_BY_KEY = new Map<string, OptionField>(
  OPTION_FIELDS.map((field) => [field.key, field]),
);

/** The field for an option key as the API spells it; undefined for keys the app has no field for. */
export function findOptionField(key: string): OptionField | undefined {
  return FIELDS_BY_KEY.get(key);
}
