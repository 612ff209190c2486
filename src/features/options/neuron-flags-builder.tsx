import { inputClasses } from '../../components/ui/input-classes';
import { formatFlags } from '../../domain/compiler-options/api-string';
import {
  formatNeuronFlags,
  parseNeuronFlags,
  type NeuronBuilder,
  type NeuronFlags,
} from '../../domain/compiler-options/inferentia-flags';
import { withKey } from '../../domain/draft';
import { flagsBuilderField } from '../../domain/compiler-options/flags-builder-inputs';
import { fieldDomId } from '../../lib/field-dom-id';
import type { JsonValue } from '../../domain/json/json-value';
import { useDraftActions } from '../../state/draft/configuration-context';
import { useFollowingState } from '../../hooks/use-following-state';
import { ExtraFlagsInput } from './extra-flags-input';

type Props = { raw: JsonValue | undefined; flags: string; builder: NeuronBuilder };

/**
 * Inferentia's CompilerOptions is a JSON string of compiler flags (SPEC §3.6). The draft keeps
 * a flags string from a link verbatim; the builder rewrites it only once a field is edited. It
 * offers only what its compiler's builder model offers (neuron-cc or neuronx-cc), and writes
 * what is typed as it is: a core count that is not a whole number is flagged by the rules.
 */
export function NeuronFlagsBuilder({ raw, flags, builder }: Props) {
  const { updateDraft } = useDraftActions();
  const [{ model }, setState] = useFollowingState<BuilderState>(raw, () => ({
    model: parseNeuronFlags(flags),
  }));
  const coresFlag = model.coresFlag ?? builder.coresFlag;

  const edit = (changes: Partial<NeuronFlags>) => {
    const next = { ...model, ...changes };
    const written = formatFlagsOrEmpty(formatNeuronFlags(next));
    updateDraft((draft) => withKey(draft, 'CompilerOptions', written), 'CompilerOptions');
    setState({ model: next }, written);
  };

  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <BuilderText
          id={fieldDomId(flagsBuilderField('verbose'))}
          label="--verbose"
          hint={`Log level for ${builder.compiler}: ${builder.verboseLevels.join(', ')}.`}
          value={model.verbose ?? ''}
          placeholder="Not set"
          onChange={(verbose) => edit({ verbose: verbose || undefined })}
        />
        {coresFlag !== undefined && (
          <BuilderText
            id={fieldDomId(flagsBuilderField('cores'))}
            label={coresFlag}
            hint="NeuronCores to compile for, a whole number from 1."
            inputMode="numeric"
            value={model.neuronCores ?? ''}
            placeholder="Not set"
            onChange={(text) =>
              edit(
                text.trim() === ''
                  ? { neuronCores: undefined }
                  : { neuronCores: text.trim(), coresFlag },
              )
            }
          />
        )}
      </div>
      <fieldset>
        <legend className="text-sm font-medium">Optimisation level</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {[undefined, ...builder.optLevels].map((level) => {
            const label = level === undefined ? 'none' : `-O${level}`;
            return (
              <label key={label} className="inline-flex min-h-10 items-center gap-1.5 text-sm">
                <input
                  // The chosen level takes the input's id, so the summary lands on it.
                  id={
                    model.optLevel === level
                      ? fieldDomId(flagsBuilderField('opt-level'))
                      : undefined
                  }
                  type="radio"
                  name="neuron-opt-level"
                  checked={model.optLevel === level}
                  onChange={() => edit({ optLevel: level })}
                  className="accent-accent focus-ring focus-visible:outline-offset-2"
                />
                <span className={level ? 'font-mono' : ''}>{label}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <div>
        <label htmlFor={fieldDomId(flagsBuilderField('extra'))} className="text-sm font-medium">
          Extra flags
        </label>
        <p id={`${fieldDomId(flagsBuilderField('extra'))}-hint`} className="text-xs text-muted">
          Any other flags, as you would type them; the list completes {builder.compiler}&apos;s
          documented flags and values.
        </p>
        <ExtraFlagsInput
          id={fieldDomId(flagsBuilderField('extra'))}
          value={model.extra}
          compiler={builder.compiler}
          describedBy={`${fieldDomId(flagsBuilderField('extra'))}-hint`}
          onChange={(extra) => edit({ extra })}
        />
      </div>
      <div>
        <p id="neuron-result-label" className="text-sm font-medium">
          Resulting CompilerOptions
        </p>
        <output
          aria-labelledby="neuron-result-label"
          className="mt-1 block overflow-x-auto rounded-md border border-dashed border-border bg-code px-3 py-2 font-mono text-sm wrap-break-word whitespace-pre-wrap"
        >
          {typeof raw === 'string' && raw !== '' ? (
            <UnbrokenFlags text={raw} />
          ) : (
            '(none: no flags set)'
          )}
        </output>
      </div>
    </div>
  );
}

/** Wraps only between flags, never after the "-" of "-O2"; the text stays exactly as given. */
function UnbrokenFlags({ text }: { text: string }) {
  return text.split(/(\s+)/).map((part, index) =>
    /^\s*$/.test(part) ? (
      part
    ) : (
      <span key={index} className="whitespace-nowrap">
        {part}
      </span>
    ),
  );
}

type BuilderState = { model: NeuronFlags };

function formatFlagsOrEmpty(flags: string): string {
  return flags === '' ? '' : formatFlags(flags);
}

type TextProps = {
  id: string;
  label: string;
  hint: string;
  value: string;
  placeholder: string;
  inputMode?: 'numeric';
  problem?: string;
  onChange: (value: string) => void;
};

function BuilderText({
  id,
  label,
  hint,
  value,
  placeholder,
  inputMode,
  problem,
  onChange,
}: TextProps) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label.startsWith('-') ? <code>{label}</code> : label}
      </label>
      <p id={`${id}-hint`} className="text-xs text-muted">
        {hint}
      </p>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholder}
        value={value}
        aria-invalid={problem !== undefined}
        aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
        onChange={(event) => onChange(event.target.value)}
        className={inputClasses}
      />
      {problem && (
        <p id={`${id}-problem`} className="mt-1 text-sm text-danger">
          {problem}
        </p>
      )}
    </div>
  );
}
