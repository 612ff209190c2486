import { useMemo, useRef, useState } from 'react';
import type { TargetDevice } from '../../domain/api-values';
import type { CatalogueDevice } from '../../domain/catalogue-schema';
import {
  filterChoices,
  filterDevices,
  isFiltering,
  NO_DEVICE_FILTER,
} from '../../domain/device-search';
import { CatalogueFilters } from './catalogue-filters';
import { DeviceListbox } from './device-listbox';

type Props = {
  devices: readonly CatalogueDevice[];
  selectedDevice: string | undefined;
  onSelect: (id: TargetDevice) => void;
};

const clearButtonClasses =
  'rounded-md border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 focus-ring focus-visible:outline-offset-2 dark:border-slate-600 dark:hover:bg-slate-800';

/** Search, filters, result count and the device list (or an empty state). */
export function CatalogueBrowser({ devices, selectedDevice, onSelect }: Props) {
  const [filter, setFilter] = useState(NO_DEVICE_FILTER);
  const searchRef = useRef<HTMLInputElement>(null);
  const choices = useMemo(() => filterChoices(devices), [devices]);
  const shown = useMemo(() => filterDevices(devices, filter), [devices, filter]);

  const clearFilters = () => {
    setFilter(NO_DEVICE_FILTER);
    searchRef.current?.focus();
  };

  return (
    <div className="@container space-y-3">
      <CatalogueFilters
        filter={filter}
        choices={choices}
        onChange={setFilter}
        searchRef={searchRef}
      />
      <div className="flex min-h-8 flex-wrap items-center justify-between gap-2">
        <p aria-live="polite" className="text-sm text-muted">
          {shown.length} of {devices.length} devices
        </p>
        {isFiltering(filter) && shown.length > 0 && (
          <button type="button" onClick={clearFilters} className={clearButtonClasses}>
            Clear filters
          </button>
        )}
      </div>
      {shown.length > 0 ? (
        <DeviceListbox devices={shown} selectedDevice={selectedDevice} onSelect={onSelect} />
      ) : (
        <div className="rounded-lg border border-dashed border-slate-300 p-6 text-center dark:border-slate-600">
          <p className="text-sm">No device matches this search and these filters.</p>
          <button type="button" onClick={clearFilters} className={`mt-3 ${clearButtonClasses}`}>
            Clear filters
          </button>
        </div>
      )}
    </div>
  );
}
