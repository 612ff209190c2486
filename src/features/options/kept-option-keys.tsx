import { FieldMessages } from '../../components/ui/field-messages';
import { optionValueText } from '../../domain/compiler-options/field-edits';
import type { JsonValue } from '../../domain/json/json-value';
import { fieldDomId } from '../../lib/field-dom-id';
import { useFieldProblems } from '../../state/analysis/use-field-problems';

type Props = { entries: [string, JsonValue][] };

/**
 * Options with no field for this target (unknown keys, options for other targets): kept and
 * listed with whatever the rules say about them. Each row takes its key's DOM id, so the
 * validation summary can focus it.
 */
export function KeptOptionKeys({ entries }: Props) {
  if (entries.length === 0) return null;
  return (
    <div>
      <h4 className="text-sm font-medium">Other options, kept as given</h4>
      <ul className="mt-1 space-y-1.5">
        {entries.map(([key, value]) => (
          <KeptOptionRow key={key} optionKey={key} value={value} />
        ))}
      </ul>
    </div>
  );
}

function KeptOptionRow({ optionKey, value }: { optionKey: string; value: JsonValue }) {
  const { problems, applyFix } = useFieldProblems(optionKey);
  return (
    <li className="text-sm">
      <div
        id={fieldDomId(optionKey)}
        tabIndex={-1}
        className="font-mono wrap-break-word focus-ring"
      >
        <code className="rounded bg-surface-muted px-1">{optionKey}</code>: {optionValueText(value)}
      </div>
      <FieldMessages field={optionKey} problems={problems} onFix={applyFix} />
    </li>
  );
}
