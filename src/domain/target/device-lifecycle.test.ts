import { TEST_DEVICES } from '../../testing/test-devices';
import type { CatalogueDevice } from '../catalogue/catalogue-schema';
import {
  chosenDeviceLifecycle,
  lifecycleSortKey,
  retiredTargetWarning,
  summarizeLifecycle,
} from './device-lifecycle';

const base = TEST_DEVICES.ml_m5;
const withRetirement = (stage: 'ended' | 'retiring', date: string): CatalogueDevice => ({
  ...base,
  lifecycle: {
    added: { date: '2018-11-28', botocore: '1.12.55', source: 'botocore 1.12.55' },
    retirement: {
      stage,
      date,
      text: 'AWS said so',
      source: 'https://example.com/notice',
      verified: true,
    },
  },
});

describe('summarizeLifecycle', () => {
  it.each([
    [base, 'In the API since 2018-11-28', null, 'test'],
    [
      withRetirement('ended', '2024-01-31'),
      'Ended 2024-01-31',
      'ended',
      'https://example.com/notice',
    ],
    [
      withRetirement('retiring', '2024-05-28'),
      'Retiring (notice 2024-05-28)',
      'retiring',
      'https://example.com/notice',
    ],
  ] as const)('%#: %s', (device, label, risk, source) => {
    expect(summarizeLifecycle(device)).toEqual({ label, risk, source });
  });
});

describe('lifecycleSortKey', () => {
  it('puts current targets first, then retiring, then ended, each by date entered', () => {
    const later = {
      ...base,
      lifecycle: { added: { date: '2023-12-15', botocore: '1.34.2', source: 'x' } },
    };
    const sorted = [
      withRetirement('ended', '2024-01-31'),
      later,
      withRetirement('retiring', '2024-05-28'),
      base,
    ]
      .sort((a, b) => lifecycleSortKey(a).localeCompare(lifecycleSortKey(b)))
      .map((device) => summarizeLifecycle(device).label);
    expect(sorted).toEqual([
      'In the API since 2018-11-28',
      'In the API since 2023-12-15',
      'Retiring (notice 2024-05-28)',
      'Ended 2024-01-31',
    ]);
  });
});

describe('a retired target is said once (issue 12 §9)', () => {
  const retired: CatalogueDevice = {
    ...withRetirement('ended', '2023-04-15'),
    id: 'ml_eia2',
    status: 'retired',
    statusNote: 'Elastic Inference closed to new customers.',
  };
  const retiring: CatalogueDevice = {
    ...withRetirement('retiring', '2024-05-28'),
    id: 'ml_m4',
    statusNote: 'EC2 M4 is being retired.',
  };

  it.each<[string, CatalogueDevice, ReturnType<typeof retiredTargetWarning>]>([
    [
      'a retired target: a short line, the reason and its source',
      retired,
      {
        message: 'ml_eia2 is a retired target (ended 2023-04-15)',
        detail: 'Elastic Inference closed to new customers.',
        source: 'Source: https://example.com/notice',
      },
    ],
    [
      'an unverified source says so',
      {
        ...retired,
        lifecycle: {
          ...retired.lifecycle,
          retirement: { ...retired.lifecycle.retirement!, verified: false },
        },
      },
      {
        message: 'ml_eia2 is a retired target (ended 2023-04-15)',
        detail: 'Elastic Inference closed to new customers.',
        source: 'Source (unverified): https://example.com/notice',
      },
    ],
    ['a retiring target draws no warning', retiring, undefined],
    ['a current target draws no warning', base, undefined],
  ])('%s', (_, device, warning) => {
    expect(retiredTargetWarning(device)).toEqual(warning);
  });

  it.each<[string, CatalogueDevice, ReturnType<typeof chosenDeviceLifecycle>]>([
    // The warning says when and why: the panel says nothing more.
    ['retired: nothing', retired, undefined],
    // No warning says why: the panel is the one place that does.
    [
      'retiring: the label and the note',
      retiring,
      { label: 'Retiring (notice 2024-05-28)', note: 'EC2 M4 is being retired.' },
    ],
    ['current: nothing', base, undefined],
  ])('the chosen device panel, %s', (_, device, said) => {
    expect(chosenDeviceLifecycle(device)).toEqual(said);
  });
});
