import { useId, useMemo, useState } from 'react';
import type { TargetDevice } from '../../../domain/api-values';
import type { CatalogueDevice } from '../../../domain/catalogue/catalogue-schema';
import { summarizeLifecycle } from '../../../domain/target/device-lifecycle';
import {
  DEVICE_TABLE_COLUMNS,
  nextSort,
  sortDevices,
  type DeviceTableSort,
} from '../../../domain/catalogue/device-table';
import { useListboxNavigation } from '../../../hooks/use-listbox-navigation';

type Props = {
  devices: readonly CatalogueDevice[];
  selectedDevice: string | undefined;
  onSelect: (id: TargetDevice) => void;
  onEscape: () => void;
};

/** One column template for the header and every row, so the cells line up. */
const COLUMNS_TEMPLATE =
  'grid grid-cols-[11rem_8.5rem_6rem_8rem_4.5rem_6.5rem_11rem_3.5rem_10rem_9.5rem] gap-x-3';

/** The cells after the name and API value describe the row instead of naming it. */
const NAMING_CELLS = 2;

/** The first column stays in view while the table scrolls sideways in a narrow panel. */
const STICKY = 'sticky left-0 z-10';

/**
 * The compare table (SPEC §4.1): one row per device, sortable columns. Rows are the options of
 * a listbox, with the same keys and selection as the cards, inside a table whose header carries
 * aria-sort; the listbox fills the table's one body cell.
 */
export function DeviceTable({ devices, selectedDevice, onSelect, onEscape }: Props) {
  const baseId = useId();
  const [sort, setSort] = useState<DeviceTableSort | null>(null);
  const rows = useMemo(() => sortDevices(devices, sort), [devices, sort]);
  const navigation = useListboxNavigation({
    ids: rows.map((device) => device.id),
    selectedId: selectedDevice,
    onSelect,
    onEscape,
  });

  return (
    <div className="max-h-[70vh] scroll-pt-9 overflow-auto rounded-lg border border-line xl:max-h-[calc(100vh-16rem)]">
      <div role="table" aria-label="Compare devices" className="w-max min-w-full text-xs">
        <div role="rowgroup" className="sticky top-0 z-20">
          <div
            role="row"
            className={`${COLUMNS_TEMPLATE} border-b border-line bg-surface-muted px-2 py-1.5`}
          >
            {DEVICE_TABLE_COLUMNS.map((column, index) => {
              const direction = sort?.column === column.id ? sort.direction : undefined;
              return (
                <div
                  key={column.id}
                  role="columnheader"
                  aria-sort={direction ?? 'none'}
                  className={index === 0 ? `${STICKY} bg-surface-muted` : undefined}
                >
                  <button
                    type="button"
                    onClick={() => setSort((current) => nextSort(current, column.id))}
                    className="flex items-center gap-1 rounded text-left font-semibold focus-ring hover:underline"
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
              <div {...navigation.listboxProps}>
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
      className={`group ${COLUMNS_TEMPLATE} cursor-pointer border-b border-line-faint px-2 py-1.5 last:border-b-0 hover:bg-surface-soft focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-option-focus aria-selected:bg-selected-surface`}
    >
      {DEVICE_TABLE_COLUMNS.map((column, index) => (
        <span
          key={column.id}
          id={cellId(index)}
          aria-hidden={index >= NAMING_CELLS || undefined}
          className={
            index === 0
              ? `${STICKY} border-l-4 border-transparent bg-background pl-1 font-medium group-hover:bg-surface-soft group-aria-selected:border-selected group-aria-selected:bg-selected-surface`
              : column.id === 'id'
                ? 'font-mono font-semibold break-all text-accent-text'
                : column.id === 'lifecycle' && risk !== null
                  ? 'font-medium text-warning'
                  : 'break-words'
          }
        >
          {column.text(device)}
        </span>
      ))}
    </div>
  );
}
