/**
 * The compare table of the catalogue (SPEC §4.1): one row per device, one column per key fact.
 * The columns are one list, each with how its cell reads and how it sorts, so the table
 * renders what this module answers and spells out no rule itself.
 */
import { DEVICE_CATEGORY_LABELS } from './catalogue';
import type { CatalogueDevice } from './catalogue-schema';
import { lifecycleSortKey, summarizeLifecycle } from '../target/device-lifecycle';

type Column = {
  id: string;
  label: string;
  /** The cell's text; "—" where the device has no value. */
  text: (device: CatalogueDevice) => string;
  /** What the column sorts by, when that is not the text. */
  sortKey?: (device: CatalogueDevice) => string;
};

const NONE = '—';

export const DEVICE_TABLE_COLUMNS = [
  // Name first, as on the cards: the row's accessible name is its name and API value.
  { id: 'name', label: 'Name', text: (device) => device.name },
  { id: 'id', label: 'API value', text: (device) => device.id },
  { id: 'vendor', label: 'Vendor', text: (device) => device.vendor },
  { id: 'category', label: 'Category', text: (device) => DEVICE_CATEGORY_LABELS[device.category] },
  { id: 'os', label: 'Os', text: (device) => device.os ?? NONE },
  { id: 'arch', label: 'Arch', text: (device) => device.arch ?? NONE },
  {
    id: 'accelerator',
    label: 'Accelerator',
    text: (device) =>
      device.accelerator === null
        ? device.acceleratorLabel
        : `${device.accelerator} (${device.acceleratorLabel})`,
  },
  {
    id: 'gpuCode',
    label: 'GPU',
    text: (device) => device.gpuCode ?? NONE,
    // sm_37 before sm_100: by number, not by text.
    sortKey: (device) =>
      device.gpuCode === undefined ? '~' : device.gpuCode.slice(3).padStart(4, '0'),
  },
  { id: 'cpuCore', label: 'CPU core', text: (device) => device.cpuCore ?? NONE },
  {
    id: 'released',
    label: 'Released',
    text: releaseText,
    // By year; the unknown ones last, like every missing value.
    sortKey: (device) => (device.released === undefined ? NONE : String(device.released.year)),
  },
  {
    id: 'lifecycle',
    label: 'Lifecycle',
    text: (device) => summarizeLifecycle(device).label,
    sortKey: lifecycleSortKey,
  },
] as const satisfies readonly Column[];

/**
 * The year the hardware or service came out, as the table shows it: "unknown" where no source
 * gives one, and marked where only a secondary source does.
 */
export function releaseText(device: CatalogueDevice): string {
  if (device.released === undefined) return 'unknown';
  const { year, verified } = device.released;
  return verified ? String(year) : `${year} (secondary source)`;
}

export type DeviceTableColumnId = (typeof DEVICE_TABLE_COLUMNS)[number]['id'];
export const SORT_DIRECTIONS = ['ascending', 'descending'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
export type DeviceTableSort = { column: DeviceTableColumnId; direction: SortDirection };

function keyOf(column: Column, device: CatalogueDevice): string {
  const key = column.sortKey?.(device) ?? column.text(device);
  // Devices without a value go last in either direction's natural reading.
  return key === NONE ? '\uffff' : key.toLowerCase();
}

/** The devices sorted by one column (null: the catalogue's own order); ties keep that order. */
export function sortDevices(
  devices: readonly CatalogueDevice[],
  sort: DeviceTableSort | null,
): CatalogueDevice[] {
  if (sort === null) return [...devices];
  const column: Column = DEVICE_TABLE_COLUMNS.find((entry) => entry.id === sort.column)!;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return devices
    .map((device, index) => ({ device, index, key: keyOf(column, device) }))
    .sort((a, b) => sign * (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || a.index - b.index)
    .map((entry) => entry.device);
}

/** The sort after a click on a column header: ascending first, then descending, then off. */
export function nextSort(
  current: DeviceTableSort | null,
  column: DeviceTableColumnId,
): DeviceTableSort | null {
  if (current === null || current.column !== column) return { column, direction: 'ascending' };
  return current.direction === 'ascending' ? { column, direction: 'descending' } : null;
}
