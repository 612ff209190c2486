import { describe, expect, it } from 'vitest';
import { FACT_SHEET_REASONS } from '../../testing/failure-reasons';
import { readPastedFailureReason } from './pasted-failure';

describe('readPastedFailureReason', () => {
  it.each(FACT_SHEET_REASONS)('takes the fact sheet’s text for $id', ({ text }) => {
    expect(readPastedFailureReason(`\n${text}\n`)).toEqual({ failureReason: text });
  });

  it('takes an unknown text that starts like Neo’s', () => {
    expect(readPastedFailureReason('ClientError: InputConfiguration: brand new')).toEqual({
      failureReason: 'ClientError: InputConfiguration: brand new',
    });
  });

  it.each([
    '{"TargetDevice": "ml_c5",}x',
    '["ClientError: x"]',
    '"ClientError: InputConfiguration: Unable to untar input model"',
    'OutputConfig={"TargetDevice": "ml_c5"',
    'hello world',
    '   ',
    `ClientError: ${'x'.repeat(40_000)}`,
  ])('leaves %j to the JSON reader', (text) => {
    expect(readPastedFailureReason(text)).toBeUndefined();
  });
});
