import { TEST_DEVICES } from '../testing/test-devices';
import type { CatalogueDevice } from './catalogue-schema';
import { lifecycleSortKey, summarizeLifecycle } from './device-lifecycle';

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
