import { inputClasses } from '../../components/ui/input-classes';
import { formatFlags } from '../../domain/compiler-options/compiler-options-text';
import {
  formatNeuronFlags,
  parseNeuronFlags,
  type NeuronFlags,
  type NeuronOptLevel,
} from '../../domain/compiler-options/inferentia-flags';
import { withKey } from '../../domain/draft';
import type { JsonValue } from '../../domain/json-value';
import { useConfiguration } from '../configuration/configuration-context';
import { useFollowingState } from './use-following-state';

const OPT_LEVELS: { level?: NeuronOptLevel; label: string }[] = [
  { label: 'none' },
  { level: '1', label: '-O1' },
  { level: '2', label: '-O2' },
  { level: '3', label: '-O3' },
];

/**
 * Inferentia's CompilerOptions is a JSON string of compiler flags (SPEC §3.6). The draft keeps
 * a flags string from a link verbatim; the builder rewrites it only once a field is edited.
 */
export function NeuronFlagsBuilder({ raw, flags }: { raw: JsonValue | undefined; flags: string }) {
  const { updateDraft } = useConfiguration();
  // coresText holds cores text that is not a count, so it stays visible while the flag is left out.
  const [{ model, coresText }, setState] = useFollowingState<BuilderState>(raw, () => ({
    model: parseNeuronFlags(flags),
  }));

  const edit = (changes: Partial<NeuronFlags>, cores: { text?: string } = { text: coresText }) => {
    const next = { ...model, ...changes };
    const written = formatFlagsOrEmpty(formatNeuronFlags(next));
    updateDraft((draft) => withKey(draft, 'CompilerOptions', written), 'CompilerOptions');
    setState({ model: next, coresText: cores.text }, written);
  };

  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <BuilderText
          id="neuron-verbose"
          label="--verbose"
          hint="Log level: the API example uses 1; the Neuron compiler references name levels such as INFO or WARN."
          value={model.verbose ?? ''}
          placeholder="1"
          onChange={(verbose) => edit({ verbose: verbose || undefined })}
        />
        <BuilderText
          id="neuron-cores"
          label={model.coresFlag ?? '--num-neuroncores'}
          hint="NeuronCores to compile for, a whole number from 1."
          inputMode="numeric"
          value={coresText ?? (model.neuronCores === undefined ? '' : String(model.neuronCores))}
          placeholder="2"
          onChange={(text) => {
            const isCount = /^[1-9]\d*$/.test(text);
            edit(
              { neuronCores: isCount ? text : undefined },
              { text: isCount || text === '' ? undefined : text },
            );
          }}
          problem={
            coresText === undefined
              ? undefined
              : `${coresText} is not a whole number from 1, so the flag is left out.`
          }
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium">Optimisation level</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {OPT_LEVELS.map(({ level, label }) => (
            <label key={label} className="inline-flex items-center gap-1.5 text-sm">
              <input
                type="radio"
                name="neuron-opt-level"
                checked={model.optLevel === level}
                onChange={() => edit({ optLevel: level })}
                className="accent-teal-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
              />
              <span className={level ? 'font-mono' : ''}>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <BuilderText
        id="neuron-extra"
        label="Extra flags"
        hint="Any other flags, as you would type them, e.g. --fast-math none."
        value={model.extra}
        placeholder="--fast-math none"
        onChange={(extra) => edit({ extra })}
      />
      <div>
        <p id="neuron-result-label" className="text-sm font-medium">
          Resulting CompilerOptions
        </p>
        <output
          aria-labelledby="neuron-result-label"
          className="mt-1 block overflow-x-auto rounded-md border border-dashed border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm wrap-break-word whitespace-pre-wrap dark:border-slate-600 dark:bg-slate-950"
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

type BuilderState = { model: NeuronFlags; coresText?: string };

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
      <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
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
        <p id={`${id}-problem`} className="mt-1 text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
    </div>
  );
}
