import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TargetDevice } from '../../../domain/api-values';
import type { CatalogueDevice } from '../../../domain/catalogue/catalogue-schema';
import { summarizeLifecycle } from '../../../domain/target/device-lifecycle';
import {
  DEVICE_TABLE_COLUMNS,
  nextSort,
  sortDevices,
  type DeviceTableColumnId,
  type DeviceTableSort,
} from '../../../domain/catalogue/device-table';
import { useListboxNavigation } from '../../../hooks/use-listbox-navigation';
import { ReleaseSources } from './release-sources';

type Props = {
  devices: readonly CatalogueDevice[];
  selectedDevice: string | undefined;
  onSelect: (id: TargetDevice) => void;
  onEscape: () => void;
};

/**
 * One column template for the header and every row, so the cells line up. Each column has a
 * floor it never shrinks below (a phone scrolls sideways instead) and shares what room is left,
 * so that at 1440 px, where the table has the page's width, every column shows.
 */
const COLUMNS_TEMPLATE =
  'grid grid-cols-[minmax(10rem,1.4fr)_minmax(8rem,1.1fr)_minmax(5.5rem,0.8fr)_minmax(6.5rem,1fr)_minmax(4rem,0.6fr)_minmax(5.5rem,0.8fr)_minmax(8rem,1.5fr)_minmax(3.5rem,0.5fr)_minmax(7rem,1.2fr)_minmax(5.5rem,0.9fr)_minmax(10rem,1.4fr)]';

/** The same floors added up: below this width the table scrolls sideways. */
const MIN_WIDTH = 'min-w-[73.5rem]';

/** Cells hold their own padding (there are no gaps between them), so nothing shows between. */
const CELL = 'px-1.5 py-1.5';

/** The cells after the name and API value describe the row instead of naming it. */
const NAMING_CELLS = 2;

/** The first column stays in view, opaque and edged, while the table scrolls sideways. */
const STICKY = 'sticky left-0 z-10 border-r border-line';

/** Share of the visible width that ← or → scrolls. */
const SIDEWAYS_STEP = 0.5;

/**
 * The compare table (SPEC §4.1): one row per device, sortable columns. Rows are the options of
 * a listbox, with the same keys and selection as the cards, inside a table whose header carries
 * aria-sort; the listbox fills the table's one body cell. ↑/↓, Home and End move between rows;
 * ← and → scroll the columns, as a wide table does.
 */
export function DeviceTable({ devices, selectedDevice, onSelect, onEscape }: Props) {
  const baseId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [sort, setSort] = useState<DeviceTableSort | null>(null);
  const rows = useMemo(() => sortDevices(devices, sort), [devices, sort]);
  const tableRef = useRef<HTMLDivElement>(null);
  // The page's layout widens the Target panel while the table shows (styles.css); before the
  // first paint of the table, so that it never shows squeezed into a column.
  useLayoutEffect(() => {
    const layout = tableRef.current?.closest('main');
    if (!layout) return;
    layout.setAttribute('data-compare-table-open', '');
    return () => layout.removeAttribute('data-compare-table-open');
  }, []);
  const navigation = useListboxNavigation({
    ids: rows.map((device) => device.id),
    selectedId: selectedDevice,
    onSelect,
    onEscape,
  });

  const sortBy = (column: DeviceTableColumnId) => {
    setSort((current) => nextSort(current, column));
    navigation.forgetActive();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const direction = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    const box = scrollRef.current;
    if (direction === 0 || !box || event.altKey || event.ctrlKey || event.metaKey) {
      navigation.listboxProps.onKeyDown(event);
      return;
    }
    event.preventDefault();
    box.scrollBy({ left: direction * box.clientWidth * SIDEWAYS_STEP });
  };

  return (
    <div ref={tableRef} className="space-y-2">
      <div
        ref={scrollRef}
        className="max-h-[70vh] scroll-pt-9 overflow-auto rounded-lg border border-line xl:max-h-[calc(100vh-16rem)]"
      >
        <div role="table" aria-label="Compare devices" className={`${MIN_WIDTH} text-xs`}>
          <div role="rowgroup" className="sticky top-0 z-20">
            <div role="row" className={`${COLUMNS_TEMPLATE} border-b border-line bg-surface-muted`}>
              {DEVICE_TABLE_COLUMNS.map((column, index) => {
                const direction = sort?.column === column.id ? sort.direction : undefined;
                return (
                  <div
                    key={column.id}
                    role="columnheader"
                    // Only the sorted column says how (WAI-ARIA: one aria-sort at a time).
                    aria-sort={direction}
                    className={index === 0 ? `${STICKY} bg-surface-muted` : undefined}
                  >
                    <button
                      type="button"
                      onClick={() => sortBy(column.id)}
                      className={`flex size-full items-center gap-1 text-left font-semibold focus-ring hover:bg-surface-strong focus-visible:-outline-offset-2 ${CELL}`}
                    >
                      {column.label}
                      <span aria-hidden="true" className="text-faint">
                        {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  </div>
                );
              })}
            </div>
          </div>
          <div role="rowgroup">
            <div role="row">
              <div role="cell" aria-colspan={DEVICE_TABLE_COLUMNS.length}>
                <div {...navigation.listboxProps} onKeyDown={onKeyDown}>
                  {rows.map((device) => (
                    <DeviceRow
                      key={device.id}
                      device={device}
                      rowId={`${baseId}-${device.id}`}
                      optionProps={navigation.optionProps(device.id)}
                    />
                  ))}
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
      <ReleaseSources devices={devices} />
    </div>
  );
}

type RowProps = {
  device: CatalogueDevice;
  rowId: string;
  optionProps: ReturnType<ReturnType<typeof useListboxNavigation>['optionProps']>;
};

/**
 * A row: named by its name and API value, as a card is (so the name matches what is seen);
 * the other cells are hidden from the name and read as its description.
 */
function DeviceRow({ device, rowId, optionProps }: RowProps) {
  const risk = summarizeLifecycle(device).risk;
  const cellId = (index: number) => `${rowId}-${index}`;
  const described = DEVICE_TABLE_COLUMNS.map((_, index) => cellId(index)).slice(NAMING_CELLS);
  return (
    <div
      {...optionProps}
      id={rowId}
      aria-describedby={described.join(' ')}
      className={`group ${COLUMNS_TEMPLATE} cursor-pointer border-b border-line-faint last:border-b-0 hover:bg-surface-soft focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-option-focus aria-selected:bg-selected-surface`}
    >
      {DEVICE_TABLE_COLUMNS.map((column, index) => (
        <span
          key={column.id}
          id={cellId(index)}
          aria-hidden={index >= NAMING_CELLS || undefined}
          className={`${CELL} ${
            index === 0
              ? `${STICKY} border-l-4 border-l-transparent bg-background font-medium group-hover:bg-surface-soft group-aria-selected:border-l-selected group-aria-selected:bg-selected-surface`
              : column.id === 'id'
                ? 'font-mono font-semibold break-all text-accent-text'
                : column.id === 'lifecycle' && risk !== null
                  ? 'font-medium text-warning'
                  : 'break-words'
          }`}
        >
          {column.text(device)}
        </span>
      ))}
    </div>
  );
}
