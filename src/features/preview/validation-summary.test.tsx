// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { withKey } from '../../domain/draft';
import { useDraftActions } from '../../state/draft/configuration-context';
import { renderWithConfiguration } from '../../testing/render-with-configuration';
import { ValidationSummary } from './validation-summary';

afterEach(() => vi.unstubAllGlobals());

/** Stands in for the user changing something: sets S3OutputLocation as a field edit would. */
function TypeLocation() {
  const { updateDraft } = useDraftActions();
  return (
    <button
      type="button"
      onClick={() =>
        updateDraft((draft) => withKey(draft, 'S3OutputLocation', 'ftp://x'), 'S3OutputLocation')
      }
    >
      type
    </button>
  );
}

const summary = () => screen.getByTestId('validation-summary');

describe('ValidationSummary on a fresh page (SPEC §4.9)', () => {
  it('keeps the count first but reads as a neutral to-do list', () => {
    renderWithConfiguration(<ValidationSummary />);
    expect(summary()).toHaveTextContent(/^2 errors — what is left to do/);
    expect(screen.getAllByText('To do')).toHaveLength(2);
    expect(screen.queryByText('Error')).toBeNull();
    expect(summary().className).not.toMatch(/danger/);
  });

  it('judges once the user has changed something', () => {
    renderWithConfiguration(
      <>
        <ValidationSummary />
        <TypeLocation />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'type' }));
    expect(summary()).toHaveTextContent(/^2 errors(?! — what)/);
    expect(screen.getAllByText('Error')).toHaveLength(2);
    expect(summary().className).toMatch(/danger/);
  });

  it('judges at once what a link brought', () => {
    renderWithConfiguration(<ValidationSummary />, {
      draft: { TargetDevice: 'ml_c5' },
      revealAll: true,
    });
    expect(summary()).toHaveTextContent(/^1 error(?! — what)/);
    expect(screen.getByText('Error')).toBeInTheDocument();
  });
});

describe('ValidationSummary lists each problem in one line', () => {
  it('names a retired target without repeating the reason said under the field (issue 12 §9)', async () => {
    renderWithConfiguration(<ValidationSummary />, {
      draft: { S3OutputLocation: 's3://bucket/out', TargetDevice: 'ml_eia2' },
      revealAll: true,
    });
    // The catalogue entry, which knows ml_eia2 is retired, arrives after the first render.
    await screen.findByText('Valid — 1 warning');
    expect(summary()).toHaveTextContent(
      /^Valid — 1 warningWarningTargetDevice: ml_eia2 is a retired target \(ended 2023-04-15\)$/,
    );
  });
});
