import type { UseFormReturn } from 'react-hook-form';
import { withCanonicalSlots, type OutputConfigDraft } from '../../domain/draft';
import type { DraftFormValues } from './configuration-context';

/**
 * Replaces every value of the form with the draft's (a link, an import, an undo, a new set of
 * keys) and keeps the inputs react-hook-form holds by reference: a plain reset forgets them, and
 * the OutputConfig text inputs, registered once, would then keep showing the old text and stop
 * reaching the previews (SPEC §5.8). With the references kept, each input is given its new value.
 */
export function resetDraftForm(form: UseFormReturn<DraftFormValues>, draft: OutputConfigDraft) {
  form.reset(withCanonicalSlots(draft), { keepDefaultValues: true, keepFieldsRef: true });
}
