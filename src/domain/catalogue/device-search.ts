/**
 * Search and filters of the device catalogue. The search box matches what an engineer knows
 * a target by: API value, name, vendor, architecture, accelerator (and the card's specs, so
 * "sm_53" or "cortex-a72" find their devices too).
 */
import { ACCELERATOR_VALUES, ARCH_VALUES, type Accelerator, type Arch } from '../api-values';
import type { Board } from '../board-probe/known-boards';
import { boardsNamed } from './board-search';
import { DEVICE_CATEGORIES, DEVICE_CATEGORY_LABELS, type DeviceCategory } from './catalogue';
import type { CatalogueDevice } from './catalogue-schema';

/** What the catalogue is narrowed by; null filters let every device through. */
export type DeviceFilter = {
  query: string;
  category: DeviceCategory | null;
  arch: Arch | null;
  accelerator: Accelerator | null;
};

export const NO_DEVICE_FILTER: DeviceFilter = {
  query: '',
  category: null,
  arch: null,
  accelerator: null,
};

/** The lower-cased words of a search; every one must match (AND). */
export function searchTokens(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

function searchText(device: CatalogueDevice): string {
  return [
    device.id,
    device.name,
    device.vendor,
    device.arch ?? '',
    device.accelerator ?? '',
    device.acceleratorLabel,
    DEVICE_CATEGORY_LABELS[device.category],
    ...device.specs,
  ]
    .join('\n')
    .toLowerCase();
}

/** Whether every word of the query occurs in the device's searchable text. */
export function matchesSearch(device: CatalogueDevice, query: string): boolean {
  const text = searchText(device);
  return searchTokens(query).every((token) => text.includes(token));
}

/**
 * The devices that pass the search and every set filter, in catalogue order. A device also
 * matches through one of `boards` it stands for (Jetson Xavier NX → jetson_xavier).
 */
export function filterDevices(
  devices: readonly CatalogueDevice[],
  filter: DeviceFilter,
  boards: readonly Board[] = [],
): CatalogueDevice[] {
  // Every render of the catalogue filters it, nearly always by nothing: no text to build then.
  if (!isFiltering(filter)) return [...devices];
  const boardDevices = new Set(
    boardsNamed(boards, searchTokens(filter.query)).map(({ device }) => device),
  );
  return devices.filter(
    (device) =>
      (filter.category === null || device.category === filter.category) &&
      (filter.arch === null || device.arch === filter.arch) &&
      (filter.accelerator === null || device.accelerator === filter.accelerator) &&
      (matchesSearch(device, filter.query) || boardDevices.has(device.id)),
  );
}

/** Whether the filter hides anything at all (a blank search does not). */
export function isFiltering(filter: DeviceFilter): boolean {
  return (
    searchTokens(filter.query).length > 0 ||
    filter.category !== null ||
    filter.arch !== null ||
    filter.accelerator !== null
  );
}

export type FilterChoices = {
  categories: DeviceCategory[];
  arches: Arch[];
  accelerators: Accelerator[];
};

/** The filter values that some device has, in the order of their closed sets. */
export function filterChoices(devices: readonly CatalogueDevice[]): FilterChoices {
  const present = <T>(values: readonly T[], valueOf: (device: CatalogueDevice) => T | null) => {
    const seen = new Set(devices.map(valueOf));
    return values.filter((value) => seen.has(value));
  };
  return {
    categories: present(DEVICE_CATEGORIES, (device) => device.category),
    arches: present(ARCH_VALUES, (device) => device.arch),
    accelerators: present(ACCELERATOR_VALUES, (device) => device.accelerator),
  };
}
