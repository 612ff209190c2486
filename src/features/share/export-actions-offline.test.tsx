// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { renderWithConfiguration } from '../../testing/render-with-configuration';
import { ExportActions } from './export-actions';

// The export code loads on demand: here it cannot (the network went away before the preload).
vi.mock('./export-runs', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('ExportActions without its on-demand code', () => {
  it.each([
    ['Copy JSON', 'JSON'],
    ['Download request JSON', 'request file'],
    ['Copy as boto3', 'boto3 script'],
  ])('%s says what could not be built and how to get it', async (name, label) => {
    renderWithConfiguration(<ExportActions />, { draft: { TargetDevice: 'ml_c5' } });
    fireEvent.click(screen.getByRole('button', { name }));
    expect(
      await screen.findByText(`Could not build the ${label}; check your connection and try again.`),
    ).toHaveAttribute('role', 'status');
  });
});
