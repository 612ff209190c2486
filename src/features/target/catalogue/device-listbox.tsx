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
      className="grid card-columns gap-3 p-1 xl:max-h-[max(16rem,calc(100vh-22rem))] xl:overflow-y-auto"
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
            // Until first shown each takes a typical card's content height, then its own. Not the
            // chosen one: a link page scrolls it into view in the render's task, before any
            // frame has shown it, and its estimated height would then shift the page below it.
            className="cursor-pointer rounded-lg border border-line bg-background p-3 text-left transition-colors [contain-intrinsic-size:auto_10rem] [content-visibility:auto] hover:border-border-strong focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-option-focus aria-selected:border-selected aria-selected:bg-selected-surface-soft aria-selected:ring-2 aria-selected:ring-selected aria-selected:[content-visibility:visible] motion-reduce:transition-none"
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
