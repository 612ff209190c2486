import { useId } from 'react';
import type { TargetDevice } from '../../../domain/api-values';
import type { CatalogueDevice } from '../../../domain/catalogue/catalogue-schema';
import { DeviceCard } from './device-card';
import { useListboxNavigation } from '../../../hooks/use-listbox-navigation';

type Props = {
  devices: readonly CatalogueDevice[];
  selectedDevice: string | undefined;
  onSelect: (id: TargetDevice) => void;
  onEscape: () => void;
};

/** The catalogue as cards: a single-select listbox (keys in useListboxNavigation). */
export function DeviceListbox({ devices, selectedDevice, onSelect, onEscape }: Props) {
  const baseId = useId();
  const navigation = useListboxNavigation({
    ids: devices.map((device) => device.id),
    selectedId: selectedDevice,
    onSelect,
    onEscape,
  });

  return (
    <ul
      {...navigation.listboxProps}
      // Stacked on narrow screens, the list scrolls within itself so options and preview stay
      // reachable; on wide screens the whole column scrolls instead.
      className="grid grid-cols-1 gap-3 p-1 xl:max-h-[max(16rem,calc(100vh-22rem))] xl:overflow-y-auto @lg:grid-cols-2 @4xl:grid-cols-3"
    >
      {devices.map((device) => {
        const optionId = `${baseId}-${device.id}`;
        return (
          <li
            key={device.id}
            id={optionId}
            {...navigation.optionProps(device.id)}
            aria-describedby={`${optionId}-details`}
            // Cards out of view are not laid out or painted (most of the first screen's DOM).
            // Until first shown each takes a typical card's content height, then its own.
            className="cursor-pointer rounded-lg border border-slate-200 bg-white p-3 text-left transition-colors [contain-intrinsic-size:auto_10rem] [content-visibility:auto] hover:border-slate-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 aria-selected:border-teal-600 aria-selected:bg-teal-50 aria-selected:ring-2 aria-selected:ring-teal-600 motion-reduce:transition-none dark:border-slate-700 dark:bg-slate-900 dark:hover:border-slate-500 dark:focus-visible:outline-sky-400 dark:aria-selected:border-teal-400 dark:aria-selected:bg-teal-950/50 dark:aria-selected:ring-teal-400"
          >
            <DeviceCard
              device={device}
              isSelected={device.id === selectedDevice}
              detailsId={`${optionId}-details`}
            />
          </li>
        );
      })}
    </ul>
  );
}
