import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { fieldDomId } from '../lib/field-dom-id';
import { focusKeepingColumns, scrollWithinNearestContainer } from '../lib/scroll-within';

/** Keys that move the active option, as a function of its index and the option count. */
const MOVES: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowRight: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  ArrowLeft: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_, count) => count - 1,
};

type Options<Id extends string> = {
  /** The option ids in display order. */
  ids: readonly Id[];
  selectedId: string | undefined;
  onSelect: (id: Id) => void;
  /** Escape: back to where the user came from (the search box). */
  onEscape: () => void;
};

/**
 * A single-select listbox with a roving tabindex, shared by the cards and the table: Tab
 * enters at the active option, arrows and Home/End move focus, Enter or Space (or a click)
 * selects, Escape leaves. Selection does not follow focus, because selecting changes the
 * configuration.
 */
export function useListboxNavigation<Id extends string>({
  ids,
  selectedId,
  onSelect,
  onEscape,
}: Options<Id>) {
  const [activeId, setActiveId] = useState<Id | undefined>(undefined);
  const elements = useRef(new Map<string, HTMLElement>());

  // A device chosen by a link or an import is brought into view once, when the list appears.
  const initialSelection = useRef(selectedId);
  useEffect(() => {
    const selected = initialSelection.current && elements.current.get(initialSelection.current);
    if (selected) scrollWithinNearestContainer(selected);
  }, []);

  // The active option falls back to the selected one, then the first, when filters hide it.
  const activeIndex = [activeId, selectedId, ids[0]]
    .map((id) => ids.findIndex((candidate) => candidate === id))
    .find((index) => index >= 0);
  const active = activeIndex === undefined ? undefined : ids[activeIndex];

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = Object.hasOwn(MOVES, event.key) ? MOVES[event.key] : undefined;
    if (move && activeIndex !== undefined) {
      event.preventDefault();
      const next = ids[move(activeIndex, ids.length)];
      if (next === undefined) return;
      setActiveId(next);
      const element = elements.current.get(next);
      if (element) focusKeepingColumns(element);
    } else if ((event.key === 'Enter' || event.key === ' ') && active !== undefined) {
      event.preventDefault();
      onSelect(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
    }
  };

  /** What the listbox element needs, in either view. */
  const listboxProps = {
    role: 'listbox' as const,
    'aria-label': 'Devices',
    // The validation summary focuses TargetDevice here; arrow keys then move as usual.
    id: fieldDomId('TargetDevice'),
    tabIndex: -1,
    onKeyDown,
  };

  /** What each option element needs: focus management, selection and its state. */
  const optionProps = (id: Id) => ({
    ref: (element: HTMLElement | null) => {
      if (!element) return;
      elements.current.set(id, element);
      return () => {
        elements.current.delete(id);
      };
    },
    role: 'option' as const,
    'aria-selected': id === selectedId,
    tabIndex: id === active ? 0 : -1,
    onClick: () => {
      setActiveId(id);
      onSelect(id);
    },
    onFocus: () => setActiveId(id),
  });

  /**
   * Forgets the option last focused, for a list shown in a new order (a sort): Tab then enters
   * at the selected option or, with none, at the new first one, not where the old order was.
   */
  const forgetActive = () => setActiveId(undefined);

  return { listboxProps, optionProps, forgetActive };
}
