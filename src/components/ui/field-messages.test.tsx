// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Problem } from '../../domain/problem';
import { FieldMessages } from './field-messages';

const prefixProblem = (typed: string): Problem => ({
  field: 'S3OutputLocation',
  severity: 'error',
  message: 'S3OutputLocation must start with s3:// or https://',
  fix: { label: `Use "s3://${typed}"`, apply: (draft) => draft },
});

describe('FieldMessages', () => {
  it('keeps a fix button while its label follows the typed value, so typing does not rebuild it', async () => {
    const onFix = vi.fn();
    const { rerender } = render(
      <FieldMessages field="S3OutputLocation" problems={[prefixProblem('a')]} onFix={onFix} />,
    );
    const button = screen.getByRole('button', { name: 'Use "s3://a"' });

    const next = prefixProblem('ab');
    rerender(<FieldMessages field="S3OutputLocation" problems={[next]} onFix={onFix} />);

    expect(screen.getByRole('button', { name: 'Use "s3://ab"' })).toBe(button);
    await userEvent.setup().click(button);
    expect(onFix).toHaveBeenCalledWith(next.fix);
  });
});
