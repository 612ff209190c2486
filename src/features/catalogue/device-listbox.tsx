import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TargetDevice } from '../../domain/api-values';
import type { CatalogueDevice } from '../../domain/catalogue-schema';
import { DeviceCard } from './device-card';
import { fieldDomId } from '../../lib/field-dom-id';
import { scrollWithinNearestContainer } from '../../lib/scroll-within';

type Props = {
  devices: readonly CatalogueDevice[];
  selectedDevice: string | undefined;
  onSelect: (id: TargetDevice) => void;
};

/** Keys that move the active option, as a function of its index and the option count. */
const MOVES: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowRight: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  ArrowLeft: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * A single-select listbox with a roving tabindex: Tab enters at the active option, arrows and
 * Home/End move focus, Enter or Space (or a click) selects. Selection does not follow focus,
 * because selecting changes the configuration.
 */
export function DeviceListbox({ devices, selectedDevice, onSelect }: Props) {
  const baseId = useId();
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const optionElements = useRef(new Map<string, HTMLElement>());

  const indexOf = (id: string | undefined) => devices.findIndex((device) => device.id === id);
  // The active option falls back to the selected one, then the first, when filters hide it.
  const activeIndex =
    [indexOf(activeId), indexOf(selectedDevice), 0].find((index) => index >= 0) ?? 0;
  const active = devices[activeIndex];

  // A device chosen by a link or an import is brought into view once, when the list appears.
  // Only wide screens give the list its own scroll (so the tabs and search stay in view); a
  // phone scrolls the page alone, and the page is never moved (issue 12 §10).
  const initialSelection = useRef(selectedDevice);
  useEffect(() => {
    const selected =
      initialSelection.current && optionElements.current.get(initialSelection.current);
    if (selected) scrollWithinNearestContainer(selected);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = Object.hasOwn(MOVES, event.key) ? MOVES[event.key] : undefined;
    if (move) {
      event.preventDefault();
      const next = devices[move(activeIndex, devices.length)];
      if (!next) return;
      setActiveId(next.id);
      optionElements.current.get(next.id)?.focus();
    } else if ((event.key === 'Enter' || event.key === ' ') && active) {
      event.preventDefault();
      onSelect(active.id);
    }
  };

  return (
    <ul
      role="listbox"
      aria-label="Devices"
      // The validation summary focuses TargetDevice here; arrow keys then move as usual.
      id={fieldDomId('TargetDevice')}
      tabIndex={-1}
      onKeyDown={onKeyDown}
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
            ref={(element) => {
              if (!element) return;
              optionElements.current.set(device.id, element);
              return () => {
                optionElements.current.delete(device.id);
              };
            }}
            role="option"
            aria-selected={device.id === selectedDevice}
            aria-describedby={`${optionId}-details`}
            tabIndex={device === active ? 0 : -1}
            onClick={() => {
              setActiveId(device.id);
              onSelect(device.id);
            }}
            onFocus={() => setActiveId(device.id)}
            className="cursor-pointer rounded-lg border border-slate-200 bg-white p-3 text-left transition-colors hover:border-slate-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 aria-selected:border-teal-600 aria-selected:bg-teal-50 aria-selected:ring-2 aria-selected:ring-teal-600 motion-reduce:transition-none dark:border-slate-700 dark:bg-slate-900 dark:hover:border-slate-500 dark:focus-visible:outline-sky-400 dark:aria-selected:border-teal-400 dark:aria-selected:bg-teal-950/50 dark:aria-selected:ring-teal-400"
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
