import type { CatalogueDevice } from '../catalogue/catalogue-schema';
import { validateTargetDevice } from './device-rules';
import type { JsonValue } from '../json/json-value';
import { brief } from '../../testing/brief-problems';
import { ENDED_LIFECYCLE } from '../../testing/test-devices';

const device = (
  fields: Partial<CatalogueDevice> & Pick<CatalogueDevice, 'id'>,
): CatalogueDevice => ({
  name: fields.id,
  vendor: 'AWS',
  category: 'aws-accelerator',
  arch: 'X86_64',
  archVerified: false,
  os: null,
  accelerator: null,
  acceleratorLabel: 'none',
  optionFamilies: [],
  specs: [],
  status: 'current',
  notes: [],
  lifecycle: { added: { date: '2018-11-28', botocore: '1.12.55', source: 'test' } },
  ...fields,
});

describe('validateTargetDevice', () => {
  it.each([['ml_c5'], ['jetson_nano'], ['imx8mplus'], ['lambda']])('accepts %s', (value) => {
    expect(validateTargetDevice(value)).toEqual([]);
  });

  it.each<[JsonValue, string, string | undefined]>([
    ['ML_C5', 'TargetDevice "ML_C5" has the wrong case: the API takes ml_c5', 'ml_c5'],
    [
      'Jetson_Nano',
      'TargetDevice "Jetson_Nano" has the wrong case: the API takes jetson_nano',
      'jetson_nano',
    ],
    ['ml.c5', 'TargetDevice "ml.c5" is not an API value: the API spells it ml_c5', 'ml_c5'],
    ['ml-c5', 'TargetDevice "ml-c5" is not an API value: the API spells it ml_c5', 'ml_c5'],
    [
      'jetson-nano',
      'TargetDevice "jetson-nano" is not an API value: the API spells it jetson_nano',
      'jetson_nano',
    ],
    [' ml_p3 ', 'TargetDevice " ml_p3 " is not an API value: the API spells it ml_p3', 'ml_p3'],
    [
      'ml.inf1.xlarge',
      '"ml.inf1.xlarge" is an instance type: TargetDevice takes the instance family, ml_inf1',
      'ml_inf1',
    ],
    [
      'jetson_xavierr',
      'TargetDevice "jetson_xavierr" is not an API value: did you mean jetson_xavier?',
      'jetson_xavier',
    ],
    [
      'Jetson_Xaviar',
      'TargetDevice "Jetson_Xaviar" is not an API value: did you mean jetson_xavier?',
      'jetson_xavier',
    ],
    ['ml_c55', 'TargetDevice "ml_c55" is not an API value: did you mean ml_c5?', 'ml_c5'],
    [
      'raspberry_pi',
      'TargetDevice "raspberry_pi" is not one of the 37 API values: pick a device from the catalogue, or describe the hardware with TargetPlatform',
      undefined,
    ],
    [
      'ml.g5.xlarge',
      'TargetDevice "ml.g5.xlarge" is not one of the 37 API values: pick a device from the catalogue, or describe the hardware with TargetPlatform',
      undefined,
    ],
    [
      'x'.repeat(60),
      `TargetDevice "${'x'.repeat(48)}…" is not one of the 37 API values: pick a device from the catalogue, or describe the hardware with TargetPlatform`,
      undefined,
    ],
    [5, 'TargetDevice must be a string such as "ml_c5", not a number', undefined],
    [{ name: 'ml_c5' }, 'TargetDevice must be a string such as "ml_c5", not an object', undefined],
  ])('rejects %j', (value, message, fixedTo) => {
    const problems = validateTargetDevice(value);
    expect(brief(problems)).toEqual([
      { field: 'TargetDevice', severity: 'error', message, fix: fixedTo && `Use ${fixedTo}` },
    ]);
    const fixed = problems[0]?.fix?.apply({
      S3OutputLocation: 's3://b',
      TargetDevice: value,
      KmsKeyId: 'alias/k',
    });
    expect(fixed && JSON.stringify(fixed)).toBe(
      fixedTo &&
        JSON.stringify({ S3OutputLocation: 's3://b', TargetDevice: fixedTo, KmsKeyId: 'alias/k' }),
    );
  });

  it.each(['ml_trn1', 'ml_inf2'] as const)(
    '%s: its Region is a note beside the device, not a warning (the snippets set it)',
    (id) => {
      expect(brief(validateTargetDevice(id))).toEqual([]);
      expect(brief(validateTargetDevice(id, device({ id, region: 'us-east-1' })))).toEqual([]);
    },
  );

  it('takes a region limit from the catalogue entry too', () => {
    expect(
      brief(validateTargetDevice('ml_c5', device({ id: 'ml_c5', region: 'eu-west-1' }))),
    ).toEqual([
      {
        field: 'TargetDevice',
        severity: 'warning',
        message: 'ml_c5 is available only in eu-west-1: create the compilation job in that Region',
        fix: undefined,
      },
    ]);
  });

  it.each([
    [
      device({
        id: 'ml_eia2',
        status: 'retired',
        statusNote: 'Amazon Elastic Inference has been closed to new customers since 2023-04-15.',
        lifecycle: ENDED_LIFECYCLE,
      }),
      {
        message: 'ml_eia2 is a retired target (ended 2023-04-15)',
        detail: 'Amazon Elastic Inference has been closed to new customers since 2023-04-15.',
        source: 'Source: https://example.com/eia',
      },
    ],
    [
      device({ id: 'deeplens', status: 'retired' }),
      {
        message: 'deeplens is a retired target',
        detail: 'Check that Neo still compiles for it.',
      },
    ],
  ])('warns that $id is retired, the reason apart from the summary line', (entry, warning) => {
    expect(validateTargetDevice(entry.id, entry)).toEqual([
      { field: 'TargetDevice', severity: 'warning', ...warning },
    ]);
  });

  it('ignores a catalogue entry for another device', () => {
    expect(validateTargetDevice('ml_c5', device({ id: 'ml_eia2', status: 'retired' }))).toEqual([]);
  });
});
