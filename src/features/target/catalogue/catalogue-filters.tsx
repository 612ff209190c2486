import { useId, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { inputClasses } from '../../../components/ui/input-classes';
import { DEVICE_CATEGORY_LABELS } from '../../../domain/catalogue/catalogue';
import type { DeviceFilter, FilterChoices } from '../../../domain/catalogue/device-search';
import { FilterSelect } from './filter-select';

type Props = {
  filter: DeviceFilter;
  choices: FilterChoices;
  onChange: (filter: DeviceFilter) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  /** Keys in the search box that lead into the results (ArrowDown, Enter). */
  onSearchKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** Shown on the search label's line (the view switch), before the box in tab order. */
  searchAside?: ReactNode;
};

const asOptions = <T extends string>(
  values: readonly T[],
  labelOf: (value: T) => string = (value) => value,
) => values.map((value) => ({ value, label: labelOf(value) }));

/** The search box and the Category / Arch / Accelerator filters. */
export function CatalogueFilters({
  filter,
  choices,
  onChange,
  searchRef,
  onSearchKeyDown,
  searchAside,
}: Props) {
  const searchId = useId();
  return (
    <div className="space-y-3">
      <div>
        {/* As tall as the view switch from the start and aligned to its top, so that nothing
        moves while the switch arrives with the page's HTML; the label sits on the input. */}
        <div className="mb-1 flex min-h-7.5 flex-wrap items-start justify-between gap-2">
          <label htmlFor={searchId} className="self-end text-sm font-medium">
            Search devices
          </label>
          {searchAside}
        </div>
        <input
          ref={searchRef}
          id={searchId}
          type="search"
          value={filter.query}
          onChange={(event) => onChange({ ...filter, query: event.target.value })}
          onKeyDown={onSearchKeyDown}
          placeholder="jetson, sm_53, ARM64, Mali…"
          autoComplete="off"
          spellCheck={false}
          className={inputClasses}
        />
      </div>
      <div className="filter-row gap-3">
        <FilterSelect
          label="Category"
          value={filter.category}
          options={asOptions(choices.categories, (category) => DEVICE_CATEGORY_LABELS[category])}
          onChange={(category) => onChange({ ...filter, category })}
        />
        <FilterSelect
          label="Arch"
          value={filter.arch}
          options={asOptions(choices.arches)}
          onChange={(arch) => onChange({ ...filter, arch })}
        />
        <FilterSelect
          label="Accelerator"
          value={filter.accelerator}
          options={asOptions(choices.accelerators)}
          onChange={(accelerator) => onChange({ ...filter, accelerator })}
        />
      </div>
    </div>
  );
}
