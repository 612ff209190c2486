import { Suspense, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { LoadBoundary } from '../../../components/ui/load-boundary';
import { onDemandComponent } from '../../../components/ui/on-demand-component';
import type { TargetDevice } from '../../../domain/api-values';
import type { CatalogueDevice } from '../../../domain/catalogue/catalogue-schema';
import {
  filterChoices,
  filterDevices,
  isFiltering,
  NO_DEVICE_FILTER,
} from '../../../domain/catalogue/device-search';
import { focusKeepingColumns } from '../../../lib/scroll-within';
import { onDemand } from '../../../lib/on-demand';
import { CatalogueFilters } from './catalogue-filters';
import { useCatalogueView } from './catalogue-view';
import { CatalogueViewSwitch } from './catalogue-view-switch';
import { DeviceListbox } from './device-listbox';
import { useNarrowScreen } from '../../../hooks/use-narrow-screen';

type Props = {
  devices: readonly CatalogueDevice[];
  selectedDevice: string | undefined;
  onSelect: (id: TargetDevice) => void;
  /** Switches to the Platform tab, offered for a board Neo has no device for. */
  onUsePlatform: () => void;
};

// The compare table is a second way to look at the same list: its code loads on demand.
const DeviceTable = onDemandComponent(() =>
  import('./device-table').then((module) => module.DeviceTable),
);

// Board names are only searched for: the list loads on demand (preloaded when the page is idle).
const knownBoards = onDemand(() =>
  import('../../../domain/board-probe/known-boards').then((module) => module.KNOWN_BOARDS),
);

// What a board search found is said only after a search for a board: its rule and its words
// load with the board list, on demand.
const BoardsStandingFor = onDemandComponent(() =>
  import('./board-findings').then((module) => module.BoardsStandingFor),
);
const BoardsWithoutDevice = onDemandComponent(() =>
  import('./board-findings').then((module) => module.BoardsWithoutDevice),
);

/** The boards the search knows; empty until a search needs them and their list has loaded. */
function useKnownBoards(isSearching: boolean) {
  const [boards, setBoards] = useState(() => knownBoards.loaded() ?? []);
  useEffect(() => {
    if (!isSearching || boards.length > 0) return;
    let isMounted = true;
    knownBoards.load().then(
      (loaded) => isMounted && setBoards(loaded),
      () => undefined,
    );
    return () => {
      isMounted = false;
    };
  }, [isSearching, boards.length]);
  return boards;
}

const clearButtonClasses =
  'rounded-md border border-border px-3 py-1 text-sm font-medium hover:bg-surface-muted focus-ring focus-visible:outline-offset-2';

/**
 * Search, filters, result count and the devices as cards or a table (or an empty state). Where
 * the panels stack (phones), a chosen device stands alone so the options follow it closely;
 * "Change device" brings the whole list back, with the search box focused.
 */
export function CatalogueBrowser({ devices, selectedDevice, onSelect, onUsePlatform }: Props) {
  const [filter, setFilter] = useState(NO_DEVICE_FILTER);
  const [view, setView] = useCatalogueView();
  const [isListOpen, setIsListOpen] = useState(false);
  const isNarrow = useNarrowScreen();
  const searchRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const choices = useMemo(() => filterChoices(devices), [devices]);
  const boards = useKnownBoards(filter.query.trim() !== '');
  const shown = useMemo(() => filterDevices(devices, filter, boards), [devices, filter, boards]);
  const search = { shown, query: filter.query, boards };
  const chosen = devices.find((device) => device.id === selectedDevice);
  const isCollapsed = isNarrow && chosen !== undefined && !isListOpen;
  // The device the user's own choice collapses the list to: it is brought into view, keeping
  // focus, once it is the chosen one (a choice whose code is still loading applies a render later
  // than the list closes, and the device chosen before would otherwise take the focus).
  const collapsedByChoice = useRef<TargetDevice | undefined>(undefined);

  useEffect(() => {
    if (!isCollapsed || collapsedByChoice.current !== selectedDevice) return;
    collapsedByChoice.current = undefined;
    const option = resultsRef.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    // The search box that took Enter is gone: focus moves to the chosen device.
    if (option && !rootRef.current?.contains(document.activeElement)) option.focus();
    rootRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [isCollapsed, selectedDevice]);

  const select = (id: TargetDevice) => {
    collapsedByChoice.current = isNarrow ? id : undefined;
    setIsListOpen(false);
    onSelect(id);
  };
  const openList = () => {
    setIsListOpen(true);
    // The search box mounts with the list; focus it once it is there, its last search selected
    // so that typing starts a new one.
    requestAnimationFrame(() => searchRef.current?.select());
  };

  const focusSearch = () => searchRef.current?.focus();
  const clearFilters = () => {
    setFilter(NO_DEVICE_FILTER);
    focusSearch();
  };

  // As in any filter-as-you-type list (SPEC §4.1): down into the results, Enter takes a lone match.
  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      const first = resultsRef.current?.querySelector<HTMLElement>('[role="option"]');
      if (!first) return;
      event.preventDefault();
      focusKeepingColumns(first);
    } else if (event.key === 'Enter' && shown.length === 1 && shown[0]) {
      event.preventDefault();
      select(shown[0].id);
    }
  };

  const listed = isCollapsed ? [chosen] : shown;
  const listProps = {
    devices: listed,
    selectedDevice,
    onSelect: select,
    onEscape: isCollapsed ? openList : focusSearch,
  };
  return (
    <div ref={rootRef} className="space-y-3">
      {isCollapsed ? (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-muted">Chosen from {devices.length} devices</p>
          <button type="button" onClick={openList} className={`min-h-10 ${clearButtonClasses}`}>
            Change device
          </button>
        </div>
      ) : (
        <>
          <CatalogueFilters
            filter={filter}
            choices={choices}
            onChange={setFilter}
            searchRef={searchRef}
            onSearchKeyDown={onSearchKeyDown}
            searchAside={<CatalogueViewSwitch view={view} onChange={setView} />}
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
        </>
      )}
      {!isCollapsed && boards.length > 0 && (
        <Suspense fallback={null}>
          <BoardsStandingFor {...search} />
        </Suspense>
      )}
      <div ref={resultsRef}>
        {listed.length === 0 ? (
          <div className="space-y-3 rounded-lg border border-dashed border-border p-6 text-center">
            <p className="text-sm">No device matches this search and these filters.</p>
            {boards.length > 0 && (
              <Suspense fallback={null}>
                <BoardsWithoutDevice {...search} onUsePlatform={onUsePlatform} />
              </Suspense>
            )}
            <button type="button" onClick={clearFilters} className={clearButtonClasses}>
              Clear filters
            </button>
          </div>
        ) : view === 'table' ? (
          <LoadBoundary what="the compare table">
            <Suspense fallback={<p role="status">Loading the compare table…</p>}>
              <DeviceTable {...listProps} />
            </Suspense>
          </LoadBoundary>
        ) : (
          <DeviceListbox {...listProps} />
        )}
      </div>
    </div>
  );
}
