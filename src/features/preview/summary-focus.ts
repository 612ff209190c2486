import { fieldDomId } from '../../lib/field-dom-id';
import { focusInPlace } from '../../lib/focus-in-place';

/**
 * Focuses the field's input, keeping the summary where it is when it can (focusInPlace). Option
 * keys without a field of their own land in the raw editor; a missing target lands on whichever
 * target input the current tab shows.
 */
export function focusField(field: string): void {
  const fallbacks = field.startsWith('Target')
    ? ['TargetDevice', 'TargetPlatform.Os', 'TargetPlatform']
    : ['CompilerOptions'];
  const target = [field, ...fallbacks]
    .map((candidate) => document.getElementById(fieldDomId(candidate)))
    .find((element) => element !== null);
  if (target instanceof HTMLElement) focusInPlace(target);
}
