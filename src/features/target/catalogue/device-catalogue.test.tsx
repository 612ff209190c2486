// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { TargetDevice } from '../../../domain/api-values';
import catalogueText from '../../../../public/catalogue.json?raw';
import { DeviceCatalogue } from './device-catalogue';
import { CatalogueContext, createCatalogueStore } from '../../../state/catalogue/catalogue-store';

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation(async () => new Response(catalogueText, { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** `applyLater`: a choice applies a moment after it is made, as one whose code is still loading. */
function renderCatalogue(initialDevice?: string, container?: HTMLElement, applyLater = false) {
  const onSelect = vi.fn<(id: TargetDevice) => void>();
  const onUsePlatform = vi.fn<() => void>();
  const catalogueStore = createCatalogueStore({ retry: 0 });
  function Harness() {
    const [selected, setSelected] = useState(initialDevice);
    return (
      <DeviceCatalogue
        selectedDevice={selected}
        onSelect={(id) => {
          onSelect(id);
          if (applyLater) setTimeout(() => setSelected(id), 20);
          else setSelected(id);
        }}
        onUsePlatform={onUsePlatform}
      />
    );
  }
  render(
    <CatalogueContext value={catalogueStore}>
      <Harness />
    </CatalogueContext>,
    { container },
  );
  return { onSelect, onUsePlatform, user: userEvent.setup() };
}

const listbox = () => screen.findByRole('listbox', { name: 'Devices' });
const options = () => within(screen.getByRole('listbox')).getAllByRole('option');
/** An option by API value: its accessible name is the device name, then the API value. */
const option = (id: string) => screen.getByRole('option', { name: new RegExp(` ${id}$`) });

function expectOptionNames(names: string[]) {
  const shown = options();
  expect(shown).toHaveLength(names.length);
  names.forEach((name, index) => expect(shown[index]).toHaveAccessibleName(name));
}

const selectedOptions = () =>
  within(screen.getByRole('listbox'))
    .getAllByRole('option')
    .filter((option) => option.getAttribute('aria-selected') === 'true');

describe('DeviceCatalogue', () => {
  it('shows a loading status, then all 37 devices as options', async () => {
    renderCatalogue();
    expect(screen.getByRole('status')).toHaveTextContent('Loading devices…');
    await listbox();
    expect(options()).toHaveLength(37);
    expect(screen.getByText('37 of 37 devices')).toHaveAttribute('aria-live', 'polite');
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe('http://localhost:3000/catalogue.json');
  });

  it('names each option by name and API value, and describes it by its facts', async () => {
    renderCatalogue();
    const nano = within(await listbox()).getByRole('option', {
      name: 'NVIDIA Jetson Nano jetson_nano',
    });
    expect(nano).toHaveAccessibleDescription(
      /Vendor\s*NVIDIA.*Arch\s*ARM64.*Accelerator\s*NVIDIA.*GPU sm_53/,
    );
    const trn1 = option('ml_trn1');
    expect(within(trn1).getByText('us-east-1 only')).toBeVisible();
    const eia2 = option('ml_eia2');
    expect(within(eia2).getByText('Retired')).toBeVisible();
  });

  it('narrows the list as the user searches', async () => {
    const { user } = renderCatalogue();
    await listbox();
    await user.type(screen.getByLabelText('Search devices'), 'jetson');
    expectOptionNames([
      'NVIDIA Jetson TX1 jetson_tx1',
      'NVIDIA Jetson TX2 jetson_tx2',
      'NVIDIA Jetson Nano jetson_nano',
      'NVIDIA Jetson AGX Xavier jetson_xavier',
    ]);
    expect(screen.getByText('4 of 37 devices')).toBeInTheDocument();
  });

  it('finds a board by the name detection knows it by, and says which device it is', async () => {
    const { user } = renderCatalogue();
    await listbox();
    await user.type(screen.getByLabelText('Search devices'), 'xavier nx');
    expectOptionNames(['NVIDIA Jetson AGX Xavier jetson_xavier']);
    expect(await screen.findByText(/^Jetson Xavier NX is listed as/)).toHaveTextContent(
      'Jetson Xavier NX is listed as jetson_xavier: Xavier NX has the AGX Xavier GPU (sm_72)',
    );
  });

  it.each(['orin', 'sm_87'])(
    'says "%s" is a board Neo has no device for, and offers the Platform tab',
    async (query) => {
      const { user, onUsePlatform } = renderCatalogue();
      await listbox();
      await user.type(screen.getByLabelText('Search devices'), query);
      expect(await screen.findByText(/has no TargetDevice in Neo/)).toHaveTextContent(
        'Jetson Orin has no TargetDevice in Neo. Describe it as a TargetPlatform instead (Accelerator NVIDIA, gpu-code sm_87).',
      );
      await user.click(screen.getByRole('button', { name: 'Go to the Platform tab' }));
      expect(onUsePlatform).toHaveBeenCalledOnce();
    },
  );

  it('filters by category, Arch and accelerator', async () => {
    const { user } = renderCatalogue();
    await listbox();
    await user.selectOptions(screen.getByLabelText('Accelerator filter'), 'NVIDIA');
    expect(screen.getByText('7 of 37 devices')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Category filter'), 'Cloud GPU');
    expectOptionNames([
      'SageMaker ml.p2 (NVIDIA Tesla K80) ml_p2',
      'SageMaker ml.p3 (NVIDIA Tesla V100) ml_p3',
      'SageMaker ml.g4dn (NVIDIA T4) ml_g4dn',
    ]);
    await user.selectOptions(screen.getByLabelText('Category filter'), 'All');
    await user.selectOptions(screen.getByLabelText('Accelerator filter'), 'All');
    await user.selectOptions(screen.getByLabelText('Arch filter'), 'X86');
    expectOptionNames(['Windows 10 (32-bit) x86_win32']);
  });

  it('shows an empty state whose button clears every filter', async () => {
    const { user } = renderCatalogue();
    await listbox();
    await user.selectOptions(screen.getByLabelText('Arch filter'), 'ARM64');
    await user.type(screen.getByLabelText('Search devices'), 'xeon');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(
      screen.getByText('No device matches this search and these filters.'),
    ).toBeInTheDocument();
    expect(screen.getByText('0 of 37 devices')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(options()).toHaveLength(37);
    expect(screen.getByLabelText('Search devices')).toHaveValue('');
    expect(screen.getByLabelText('Search devices')).toHaveFocus();
    expect(screen.getByLabelText('Arch filter')).toHaveValue('');
  });

  it('moves with the arrow keys, Home and End, and selects with Enter or Space', async () => {
    const { user, onSelect } = renderCatalogue();
    await listbox();
    await user.click(screen.getByLabelText('Accelerator filter'));
    await user.tab();
    expect(option('lambda')).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowDown}{ArrowRight}{ArrowLeft}');
    expect(option('ml_m4')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('ml_m4');
    expect(selectedOptions()).toEqual([option('ml_m4')]);
    await user.keyboard('{End}');
    expect(option('imx8mplus')).toHaveFocus();
    await user.keyboard('{Home}{ArrowDown}{ArrowDown}[Space]');
    expect(onSelect).toHaveBeenLastCalledWith('ml_m5');
    expect(selectedOptions()).toHaveLength(1);
  });

  it('selects on click, and Tab enters the list at the selected device', async () => {
    const { user, onSelect } = renderCatalogue('jetson_nano');
    await listbox();
    const nano = option('jetson_nano');
    expect(nano).toHaveAttribute('aria-selected', 'true');
    expect(within(nano).getByText('Selected')).toBeVisible();
    expect(nano).toHaveAttribute('tabindex', '0');
    await user.click(option('rasp3b'));
    expect(onSelect).toHaveBeenCalledWith('rasp3b');
    expect(selectedOptions()).toEqual([option('rasp3b')]);
  });

  it('selects nothing for a device value that is not in the catalogue', async () => {
    renderCatalogue('constructor');
    await listbox();
    expect(selectedOptions()).toEqual([]);
    expect(option('lambda')).toHaveAttribute('tabindex', '0');
  });

  it('shows a load error with a Retry button that loads again', async () => {
    fetchMock.mockResolvedValueOnce(new Response('Not found', { status: 404 }));
    const { user } = renderCatalogue();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The device catalogue could not be loaded.Could not load the device catalogue: the server answered HTTP 404',
    );
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await listbox();
    expect(options()).toHaveLength(37);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('reports a catalogue that does not match the schema', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response(
        '{"version":1,"checked":{"date":"2026-08-07","against":"botocore"},"source":"","devices":[]}',
      ),
    );
    renderCatalogue();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The device catalogue is malformed at devices: The catalogue lacks lambda, ml_m4',
    );
  });

  it('reports a network failure', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    renderCatalogue();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load the device catalogue: Failed to fetch',
    );
  });
});

describe('DeviceCatalogue from the search box (SPEC §4.1)', () => {
  beforeEach(() => localStorage.clear());

  it('goes down into the results with ArrowDown and back with Escape', async () => {
    const { user } = renderCatalogue();
    await listbox();
    await user.type(screen.getByLabelText('Search devices'), 'jetson');
    await user.keyboard('{ArrowDown}');
    expect(option('jetson_tx1')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(option('jetson_tx2')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByLabelText('Search devices')).toHaveFocus();
  });

  it('selects the only match with Enter, and nothing while several match', async () => {
    const { user, onSelect } = renderCatalogue();
    await listbox();
    await user.type(screen.getByLabelText('Search devices'), 'jetson{Enter}');
    expect(onSelect).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText('Search devices'));
    await user.type(screen.getByLabelText('Search devices'), 'ml_c5{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('ml_c5');
    expect(selectedOptions()).toEqual([option('ml_c5')]);
  });
});

describe('DeviceCatalogue on a phone, where a chosen device stands alone', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.stubGlobal(
      'matchMedia',
      (media: string) =>
        ({
          media,
          matches: true,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        }) as unknown as MediaQueryList,
    );
  });

  it('moves focus to a device chosen from the search, also when the choice applies a moment later', async () => {
    const { user } = renderCatalogue('ml_inf1', undefined, true);
    await listbox();
    expect(options()).toEqual([option('ml_inf1')]);
    await user.click(screen.getByRole('button', { name: 'Change device' }));
    await user.type(screen.getByLabelText('Search devices'), 'jetson');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() => expect(options()).toEqual([option('jetson_tx2')]));
    await waitFor(() => expect(option('jetson_tx2')).toHaveFocus());
  });
});

describe('DeviceCatalogue as a compare table', () => {
  beforeEach(() => localStorage.clear());

  const showTable = async (user: ReturnType<typeof userEvent.setup>) => {
    await listbox();
    await user.click(screen.getByRole('button', { name: 'Table' }));
    return screen.findByRole('table', { name: 'Compare devices' });
  };

  it('lists the same options, sorts by a column with aria-sort, and selects with the keyboard', async () => {
    const { user, onSelect } = renderCatalogue();
    const table = await showTable(user);
    expect(options()).toHaveLength(37);
    const gpu = within(table).getByRole('columnheader', { name: /GPU/ });
    expect(gpu).not.toHaveAttribute('aria-sort');
    await user.click(within(gpu).getByRole('button'));
    expect(gpu).toHaveAttribute('aria-sort', 'ascending');
    // WAI-ARIA: one header at a time says how the table is sorted.
    expect(
      within(table)
        .getAllByRole('columnheader')
        .filter((header) => header.hasAttribute('aria-sort')),
    ).toEqual([gpu]);
    expect(options()[0]).toHaveAccessibleName('SageMaker ml.p2 (NVIDIA Tesla K80) ml_p2');
    await user.type(screen.getByLabelText('Search devices'), 'jetson{ArrowDown}{End}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('jetson_xavier');
    expect(option('jetson_xavier')).toHaveAttribute('aria-selected', 'true');
  });

  it('describes each row by its other columns, release year and lifecycle included', async () => {
    const { user } = renderCatalogue();
    await showTable(user);
    expect(option('deeplens')).toHaveAccessibleDescription(/Ended 2024-01-31/);
    expect(option('jetson_nano')).toHaveAccessibleDescription(/sm_53/);
    expect(option('ml_inf1')).toHaveAccessibleDescription(/ 2019 In the API since 2019-12-04$/);
    expect(option('ml_m4')).toHaveAccessibleDescription(/ 2015 \(secondary source\) /);
    expect(option('jetson_nano')).toHaveAccessibleDescription(/ unknown In the API since /);
  });

  it('after a sort, Tab enters the rows at the top of the new order, not at the row focused before', async () => {
    const { user } = renderCatalogue();
    const table = await showTable(user);
    // Into the rows and back to the header, as a keyboard user comparing columns does.
    await user.type(screen.getByLabelText('Search devices'), '{ArrowDown}');
    expect(option('lambda')).toHaveFocus();
    const gpuSort = within(within(table).getByRole('columnheader', { name: /GPU/ })).getByRole(
      'button',
    );
    gpuSort.focus();
    await user.keyboard('{Enter}');
    expect(options()[0]).toHaveAccessibleName(/ ml_p2$/);
    // Tab from the header goes to the one row in the tab order: the first of the new order.
    const tabStops = options().filter((row) => row.tabIndex === 0);
    expect(tabStops).toEqual([option('ml_p2')]);
  });

  it('lists where each release year comes from, with a link per year', async () => {
    const { user } = renderCatalogue();
    await showTable(user);
    const sources = screen.getByText(/Where the release years come from/).closest('details')!;
    expect(sources).toHaveTextContent(/\(\d+ dated, \d+ unknown\)/);
    const inf1 = within(sources)
      .getByText(/AWS Inferentia \(ml\.inf1\): 2019/)
      .closest('li')!;
    expect(within(inf1).getByRole('link', { name: 'Source' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/aws\.amazon\.com\/about-aws\/whats-new\/2019\/12\//),
    );
  });

  it('widens the page’s layout while it shows, and gives the columns back with the cards', async () => {
    const main = document.body.appendChild(document.createElement('main'));
    const { user } = renderCatalogue(undefined, main);
    await showTable(user);
    expect(main).toHaveAttribute('data-compare-table-open');
    await user.click(screen.getByRole('button', { name: 'Cards' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(main).not.toHaveAttribute('data-compare-table-open');
    cleanup();
    main.remove();
  });

  it('remembers the chosen view for the next visit', async () => {
    const { user } = renderCatalogue();
    await showTable(user);
    expect(localStorage.getItem('neo-configurator-catalogue-view')).toBe('table');
    cleanup();
    renderCatalogue();
    expect(await screen.findByRole('table', { name: 'Compare devices' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
  });
});
