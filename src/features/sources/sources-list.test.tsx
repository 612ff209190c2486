// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import catalogueText from '../../../public/catalogue.json?raw';
import { CatalogueContext, createCatalogueStore } from '../../state/catalogue/catalogue-store';
import { SourcesList } from './sources-list';

/** The real catalogue, checked on another day: the date shown must be the data's. */
const redated = JSON.stringify({
  ...(JSON.parse(catalogueText) as object),
  checked: { date: '2031-02-03', against: 'a later botocore' },
});

function renderSources() {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async () => new Response(redated, { status: 200 })),
  );
  render(
    <CatalogueContext value={createCatalogueStore({ retry: 0 })}>
      <SourcesList />
    </CatalogueContext>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('SourcesList (issue 21 §8)', () => {
  it('links the API reference, the supported devices and the neuronx-cc reference, each in a new tab', () => {
    renderSources();
    const links = screen.getAllByRole('link');
    expect(
      links.map((link) => [
        link.textContent?.replace(' (opens in a new tab)', ''),
        link.getAttribute('href'),
      ]),
    ).toEqual(
      expect.arrayContaining([
        [
          'CreateCompilationJob API reference',
          'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateCompilationJob.html',
        ],
        [
          'Neo supported devices (edge)',
          'https://docs.aws.amazon.com/sagemaker/latest/dg/neo-supported-devices-edge-devices.html',
        ],
        [
          'neuronx-cc compiler reference',
          'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/compiler/neuronx-cc/api-reference-guide/neuron-compiler-cli-reference-guide.html',
        ],
      ]),
    );
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('says when the device catalogue was last checked, as its data says', async () => {
    renderSources();
    expect(
      await screen.findByText(/^Device catalogue: 37 devices, last checked/),
    ).toHaveTextContent(
      'Device catalogue: 37 devices, last checked 2031-02-03 against a later botocore.',
    );
  });
});
