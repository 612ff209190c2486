import { useId, useState } from 'react';
import { inputClasses } from '../../components/ui/input-classes';
import {
  buildDataInputConfig,
  parseDims,
  toShapeInputs,
  type DataInputForm,
} from '../../domain/request/data-input-config';
import { FRAMEWORK_FACTS } from '../../domain/request/framework-facts';
import { frameworkSchema } from '../../domain/request/request-values';

type Row = { name: string; dims: string };

type Props = {
  /** The DataInputConfig text now in the request. */
  text: string;
  framework: unknown;
  onWrite: (text: string) => void;
};

const rowsOf = (text: string): { form: DataInputForm; rows: Row[] } => {
  const read = toShapeInputs(text);
  if (!read) return { form: 'dict', rows: [{ name: '', dims: '' }] };
  return {
    form: read.form,
    rows: read.inputs.map(({ name, dims }) => ({ name, dims: dims.join(', ') })),
  };
};

/** The text the rows write, or undefined while a row is incomplete. */
function build(rows: readonly Row[], form: DataInputForm): string | undefined {
  const inputs = [];
  for (const row of rows) {
    const name = row.name.trim();
    const dims = parseDims(row.dims);
    if (dims === undefined || (form === 'dict' && name === '')) return undefined;
    inputs.push({ name, dims });
  }
  return buildDataInputConfig(inputs, form);
}

/**
 * Builds DataInputConfig from input names and dimensions in the framework's documented form
 * and shows the JSON string it writes. It writes only when every row is complete, so a
 * half-typed row never replaces what is there.
 */
export function DataInputHelper({ text, framework, onWrite }: Props) {
  const id = useId();
  const [{ form, rows }, setState] = useState(() => rowsOf(text));
  // A change from elsewhere (typing in the text box, a fix, an import) resets the rows.
  const [source, setSource] = useState(text);
  if (text !== source) {
    setSource(text);
    if (text !== build(rows, form)) setState(rowsOf(text));
  }
  const parsedFramework = frameworkSchema.safeParse(framework);
  const facts = parsedFramework.success ? FRAMEWORK_FACTS[parsedFramework.data] : undefined;
  const shapes = typeof facts?.shapes === 'object' ? facts.shapes : undefined;
  const built = build(rows, form);

  const change = (nextRows: Row[], nextForm = form) => {
    setState({ form: nextForm, rows: nextRows });
    const next = build(nextRows, nextForm);
    if (next !== undefined) onWrite(next);
  };

  return (
    <fieldset className="mt-2 rounded-md border border-line p-3">
      <legend className="px-1 text-sm font-medium">Input shape helper</legend>
      <p className="text-xs text-muted">
        {shapes
          ? `${facts?.label} takes shapes in ${shapes.layout} order, e.g. ${shapes.example}.`
          : facts?.shapes === 'not-needed'
            ? `${facts.label} models need no input shapes.`
            : 'One row per model input: its name and its dimensions.'}
      </p>
      {shapes?.takesList && (
        <label className="mt-1 flex min-h-10 items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={form === 'list'}
            onChange={(event) => change(rows, event.target.checked ? 'list' : 'dict')}
          />
          Shapes only, as a list in input order
        </label>
      )}
      <ul className="mt-2 space-y-2">
        {rows.map((row, index) => (
          <li key={index} className="flex flex-wrap items-end gap-2">
            {form === 'dict' && (
              <label className="min-w-0 flex-1 text-sm" htmlFor={`${id}-name-${index}`}>
                Input {index + 1} name
                <input
                  id={`${id}-name-${index}`}
                  className={inputClasses}
                  placeholder={shapes?.inputName ?? 'input0'}
                  value={row.name}
                  spellCheck={false}
                  onChange={(event) =>
                    change(
                      rows.map((r, at) => (at === index ? { ...r, name: event.target.value } : r)),
                    )
                  }
                />
              </label>
            )}
            <label className="min-w-0 flex-1 text-sm" htmlFor={`${id}-dims-${index}`}>
              Input {index + 1} dimensions
              <input
                id={`${id}-dims-${index}`}
                className={inputClasses}
                placeholder={shapes?.layout === 'NHWC' ? '1, 224, 224, 3' : '1, 3, 224, 224'}
                value={row.dims}
                inputMode="numeric"
                onChange={(event) =>
                  change(
                    rows.map((r, at) => (at === index ? { ...r, dims: event.target.value } : r)),
                  )
                }
              />
            </label>
            {rows.length > 1 && (
              <button
                type="button"
                className="rounded border border-border px-2 py-1 text-sm"
                onClick={() => change(rows.filter((_, at) => at !== index))}
              >
                Remove input {index + 1}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="mt-2 rounded border border-border px-2 py-1 text-sm"
        onClick={() => setState({ form, rows: [...rows, { name: '', dims: '' }] })}
      >
        Add an input
      </button>
      <p className="mt-2 text-xs text-muted">
        Writes{' '}
        <code className="break-all" data-testid="data-input-config-built">
          {built ?? (text === '' ? 'nothing yet' : text)}
        </code>
      </p>
    </fieldset>
  );
}
