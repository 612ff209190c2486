import {
  optionsEditorText,
  readOptionsEditorText,
  unreadableEditorEdit,
} from '../../domain/compiler-options/advanced-editor-text';
import { keysWithoutField } from '../../domain/compiler-options/field-edits';
import { withKey } from '../../domain/draft';
import type { JsonTextError } from '../../domain/json/json-text';
import { fieldDomId } from '../../lib/field-dom-id';
import { useDraftActions, useUnappliedOptions } from '../../state/draft/configuration-context';
import { useFieldProblems } from '../../state/analysis/use-field-problems';
import { useCompilerOptions } from './use-compiler-options';
import { sourceKey, useFollowingState } from '../../hooks/use-following-state';

type EditorState = { text: string; error?: JsonTextError; convertedFromPython?: boolean };

const ID = fieldDomId('CompilerOptions');

/**
 * Every option as JSON (SPEC §3.9). Text that parses is applied at once; text that does not
 * stays here with its error while the draft keeps its last readable value.
 */
export function AdvancedOptionsEditor() {
  const { updateDraft } = useDraftActions();
  const { setUnappliedOptions } = useUnappliedOptions();
  const { raw, options } = useCompilerOptions();
  const { ariaProps } = useFieldProblems('CompilerOptions');
  const [{ text, error, convertedFromPython }, setState] = useFollowingState<EditorState>(
    raw,
    () => ({
      text: optionsEditorText(raw),
    }),
  );
  const keptKeys = options ? keysWithoutField(options) : [];

  const onChange = (next: string) => {
    const reading = readOptionsEditorText(next);
    if (!reading.ok) {
      setState({ text: next, error: reading.error });
      setUnappliedOptions({ edit: unreadableEditorEdit(reading.error), over: sourceKey(raw) });
      return;
    }
    setUnappliedOptions(undefined);
    updateDraft(
      (draft) => withKey(draft, 'CompilerOptions', reading.compilerOptions),
      'CompilerOptions',
    );
    setState(
      { text: next, convertedFromPython: reading.convertedFromPython },
      reading.compilerOptions,
    );
  };

  return (
    <div className="mt-2 space-y-1">
      <label htmlFor={ID} className="text-sm font-medium">
        All options as JSON <code className="text-xs">CompilerOptions</code>
      </label>
      <p id={`${ID}-help`} className="text-xs text-muted">
        An object of options, or for Inferentia a quoted flags string. Keys without a field are kept
        as they are; what does not apply to the target is kept and flagged.
      </p>
      <textarea
        id={ID}
        value={text}
        onChange={(event) => onChange(event.target.value)}
        rows={Math.min(16, Math.max(4, text.split('\n').length + 1))}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error !== undefined || ariaProps['aria-invalid']}
        aria-describedby={`${ID}-help ${error ? `${ID}-parse-error ` : ''}${ariaProps['aria-describedby']}`}
        className="block w-full rounded-md border border-border bg-background px-3 py-2 font-mono text-[13px] leading-5 text-foreground focus-ring focus:border-focus aria-invalid:border-danger-mark"
      />
      {error && (
        <p id={`${ID}-parse-error`} role="alert" className="text-sm text-danger">
          <span className="font-medium">Not applied: </span>line {error.line}, column {error.column}
          : {error.message}. CompilerOptions keeps its last readable value.
        </p>
      )}
      {convertedFromPython && (
        <p className="text-sm text-subtle">Python-style quotes were written as JSON.</p>
      )}
      {keptKeys.length > 0 && (
        <p className="text-sm text-subtle">
          Kept as given:{' '}
          {keptKeys.map((key, index) => (
            <span key={key}>
              {index > 0 && ', '}
              <code>{key}</code>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
