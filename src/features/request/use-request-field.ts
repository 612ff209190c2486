import { useState } from 'react';
import type { Problem } from '../../domain/problem';
import type { RequestAnalysis } from '../../domain/request/request-analysis';
import { requestFieldDefault } from '../../domain/request/request-defaults';
import {
  fieldText,
  fieldValue,
  valueAt,
  withValueAt,
  type FieldWidget,
} from '../../domain/request/request-fields';
import { fieldMessagesId } from '../../lib/field-dom-id';
import { useRequestSnapshot, useRequestStore } from '../../state/request/request-store';
import { isPristine } from '../../state/reveal';

/**
 * One request field's text, its setter and its messages. The text the user types stays as
 * typed while it means the value in the draft ("sg-1, " while typing a list); when the value
 * changes from elsewhere (a fix, an import), the field shows the new value.
 */
export function useRequestField(path: string, widget: FieldWidget, analysis?: RequestAnalysis) {
  const store = useRequestStore();
  const snapshot = useRequestSnapshot();
  const { draft } = snapshot;
  const value = valueAt(draft, path);
  const [typed, setTyped] = useState(() => fieldText(widget, value));
  const isTypedCurrent = JSON.stringify(fieldValue(widget, typed)) === JSON.stringify(value);
  // Unset, a field with a default shows it: it is what the request preview holds and what is
  // sent (SPEC §4.12, §5.8).
  const fallback = value === undefined ? requestFieldDefault(path) : undefined;
  const text =
    fallback !== undefined && typed === ''
      ? fieldText(widget, fallback)
      : isTypedCurrent
        ? typed
        : fieldText(widget, value);
  // The request is judged as a whole: once any of it was typed or brought, each field shows
  // every problem the summary lists for it, a structure's own ("StoppingCondition") included,
  // so the messages sit beside the fields being filled (SPEC §4.12).
  const problems: Problem[] = isPristine(snapshot)
    ? []
    : (analysis?.problems.filter((problem) => analysis.inputPathFor(problem.field) === path) ?? []);
  const setText = (next: string) => {
    setTyped(next);
    store.update((current) => withValueAt(current, path, fieldValue(widget, next)), path);
  };
  return {
    text,
    setText,
    problems,
    ariaProps: {
      'aria-invalid': problems.some((problem) => problem.severity === 'error'),
      'aria-describedby': fieldMessagesId(path),
    },
  };
}
