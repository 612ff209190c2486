import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { OptionTextInput } from './option-text-input';
import type { OptionWidgetProps } from './option-widget-props';

/** Where the caret was in the stand-in when it went, or undefined when it did not have focus. */
export type CarriedFocus = RefObject<{ start: number | null; end: number | null } | undefined>;

/** The ref a stand-in and the widget that replaces it share. */
export function useCarriedFocus(): CarriedFocus {
  return useRef(undefined);
}

type StandInProps = OptionWidgetProps & { carriedRef: CarriedFocus };

/**
 * The plain input shown while a widget's code loads. A user may already be in it (typing, or
 * sent there by the validation summary), so it notes its focus and caret as it is replaced.
 */
export function FocusCarryingStandIn({ carriedRef, ...inputProps }: StandInProps) {
  const { id } = inputProps;
  useLayoutEffect(
    () => () => {
      const element = document.activeElement;
      carriedRef.current =
        element instanceof HTMLInputElement && element.id === id
          ? { start: element.selectionStart, end: element.selectionEnd }
          : undefined;
    },
    [carriedRef, id],
  );
  return <OptionTextInput {...inputProps} />;
}

type CarryProps = { id: string; carriedRef: CarriedFocus; children: ReactNode };

/** Around the loaded widget: the element with `id` takes over the stand-in's focus and caret. */
export function FocusCarry({ id, carriedRef, children }: CarryProps) {
  useLayoutEffect(() => {
    const focus = carriedRef.current;
    carriedRef.current = undefined;
    const element = document.getElementById(id);
    if (focus === undefined || !(element instanceof HTMLInputElement)) return;
    element.focus();
    element.setSelectionRange(focus.start, focus.end);
  }, [carriedRef, id]);
  return children;
}
