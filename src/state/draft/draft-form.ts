/**
 * react-hook-form holds what the user types, behind the state layer: only src/state sees the
 * form (ESLint forbids react-hook-form elsewhere). Features register a text field and follow
 * changes through the hooks here, never through `form`.
 */
import { createContext, use, useMemo } from 'react';
import { useWatch, type UseFormRegisterReturn, type UseFormReturn } from 'react-hook-form';
import type { DraftFormValues } from './configuration-context';
import { useDraftActions } from './configuration-context';

export const DraftFormContext = createContext<UseFormReturn<DraftFormValues> | null>(null);

/** The form itself, for the state layer's own hooks (the analysis, draft members). */
export function useDraftForm(): UseFormReturn<DraftFormValues> {
  const form = use(DraftFormContext);
  if (!form) throw new Error('useDraftForm needs a ConfigurationProvider');
  return form;
}

/** What a text input spreads to be the draft member `apiName` (name, ref and handlers). */
export type TextFieldRegistration = UseFormRegisterReturn;

/**
 * Registers a top-level string member as a text input; typing marks it as touched. Registered
 * once: a fresh registration each render would hand the input a new ref, which react-hook-form
 * re-registers, on every keystroke.
 */
export function useTextFieldRegistration(apiName: string): TextFieldRegistration {
  const form = useDraftForm();
  const { markInteracted } = useDraftActions();
  return useMemo(
    () => form.register(apiName, { onChange: () => markInteracted(apiName) }),
    [form, apiName, markInteracted],
  );
}

/** Calls back on every change of the draft; returns the unsubscribe (for effects). */
export function useDraftSubscription(): (listener: () => void) => () => void {
  const form = useDraftForm();
  return useMemo(
    () => (listener: () => void) => {
      const subscription = form.watch(() => listener());
      return () => subscription.unsubscribe();
    },
    [form],
  );
}

/** Re-renders the caller on every change of the draft (for views whose truth follows it). */
export function useRerenderOnDraftChange(): void {
  useWatch({ control: useDraftForm().control });
}
