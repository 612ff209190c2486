import { readFileSync } from 'node:fs';
import { catalogueSchema } from './catalogue-schema';
import { DEVICE_TABLE_COLUMNS, nextSort, sortDevices } from './device-table';

const devices = catalogueSchema.parse(
  JSON.parse(readFileSync(new URL('../../../public/catalogue.json', import.meta.url), 'utf8')),
).devices;
const ids = (list: readonly { id: string }[]) => list.map((device) => device.id);
const cells = (id: string) => {
  const device = devices.find((entry) => entry.id === id)!;
  return Object.fromEntries(
    DEVICE_TABLE_COLUMNS.map((column) => [column.label, column.text(device)]),
  );
};

describe('DEVICE_TABLE_COLUMNS', () => {
  it('reads the key facts of a device, with a dash where there is none', () => {
    expect(cells('jetson_nano')).toEqual({
      'API value': 'jetson_nano',
      Name: expect.stringContaining('Jetson Nano'),
      Vendor: 'NVIDIA',
      Category: 'Edge GPU',
      Os: 'LINUX',
      Arch: 'ARM64',
      Accelerator: expect.stringMatching(/^NVIDIA \(/),
      GPU: 'sm_53',
      'CPU core': '4× Cortex-A57',
      Released: 'unknown',
      Lifecycle: 'In the API since 2019-05-08',
    });
    expect(cells('ml_inf1').Released).toBe('2019');
    expect(cells('ml_m4').Released).toBe('2015 (secondary source)');
    expect(cells('coreml')).toMatchObject({ Os: '—', Arch: '—', GPU: '—' });
    expect(cells('deeplens').Lifecycle).toBe('Ended 2024-01-31');
  });
});

describe('sortDevices', () => {
  it('keeps the catalogue order when unsorted', () => {
    expect(ids(sortDevices(devices, null))).toEqual(ids(devices));
  });

  it('sorts GPUs by number, devices without one last, both ways', () => {
    const ascending = ids(sortDevices(devices, { column: 'gpuCode', direction: 'ascending' }));
    expect(ascending.slice(0, 4)).toEqual(['ml_p2', 'jetson_tx1', 'jetson_nano', 'jetson_tx2']);
    const descending = ids(sortDevices(devices, { column: 'gpuCode', direction: 'descending' }));
    expect(descending.slice(-4)).toEqual(['jetson_tx2', 'jetson_tx1', 'jetson_nano', 'ml_p2']);
    expect(descending[0]).not.toBe('ml_p2');
  });

  it('sorts text columns case-insensitively, ties in catalogue order', () => {
    const byArch = sortDevices(devices, { column: 'arch', direction: 'ascending' });
    expect(byArch[0]?.arch).toBe('ARM64');
    expect(ids(byArch.filter((device) => device.arch === 'X86')).length).toBe(1);
    expect(byArch.at(-1)?.id).toBe('coreml');
  });

  it('sorts by release year, oldest first, the unknown ones after every dated one', () => {
    const byYear = sortDevices(devices, { column: 'released', direction: 'ascending' });
    expect(ids(byYear.slice(0, 2))).toEqual(['ml_m4', 'ml_c4']);
    const years = byYear.map((device) => device.released?.year ?? Infinity);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(byYear.at(-1)?.released).toBeUndefined();
  });

  it('puts retired targets last by lifecycle', () => {
    const byLifecycle = ids(sortDevices(devices, { column: 'lifecycle', direction: 'ascending' }));
    expect(byLifecycle.slice(-4)).toEqual(['ml_m4', 'ml_p2', 'deeplens', 'ml_eia2']);
  });
});

describe('nextSort', () => {
  it.each([
    [null, 'arch', { column: 'arch', direction: 'ascending' }],
    [
      { column: 'arch', direction: 'ascending' },
      'arch',
      { column: 'arch', direction: 'descending' },
    ],
    [{ column: 'arch', direction: 'descending' }, 'arch', null],
    [
      { column: 'arch', direction: 'descending' },
      'name',
      { column: 'name', direction: 'ascending' },
    ],
  ] as const)('%j, click %s → %j', (current, column, next) => {
    expect(nextSort(current, column)).toEqual(next);
  });
});
