import { formatFlags } from '../../domain/compiler-options/api-string';
import { flagsBuilderStart } from '../../domain/compiler-options/plan/flags-builder-start';
import type { NeuronBuilder } from '../../domain/compiler-options/inferentia-flags';
import { withKey } from '../../domain/draft';
import { useConfiguration } from '../../state/draft/configuration-context';
import { NeuronFlagsBuilder } from './neuron-flags-builder';
import type { CompilerOptionsState } from './use-compiler-options';

/** The flags builder, or, when CompilerOptions holds something else, that value untouched. */
export function InferentiaOptions({
  state: { raw, parsed },
  builder,
}: {
  state: CompilerOptionsState;
  builder: NeuronBuilder;
}) {
  const { updateDraft } = useConfiguration();
  if (parsed.kind === 'absent' || parsed.kind === 'flags') {
    return (
      <NeuronFlagsBuilder
        raw={raw}
        flags={parsed.kind === 'flags' ? parsed.value : ''}
        builder={builder}
      />
    );
  }
  const start = flagsBuilderStart(parsed);
  const switchToBuilder = () =>
    updateDraft(
      (draft) => withKey(draft, 'CompilerOptions', start === '' ? '' : formatFlags(start)),
      'CompilerOptions',
    );
  return (
    <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
      <p>
        This target takes CompilerOptions as a quoted string of compiler flags. The value below is
        kept exactly as given until you replace it (see the message above).
      </p>
      <pre className="overflow-x-auto rounded border border-amber-200 bg-white p-2 font-mono text-xs whitespace-pre-wrap text-slate-900 dark:border-amber-800 dark:bg-slate-950 dark:text-slate-100">
        {typeof raw === 'string' ? raw : JSON.stringify(raw, null, 2)}
      </pre>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <button
          type="button"
          onClick={switchToBuilder}
          className="rounded-md bg-teal-700 px-3 py-1.5 text-sm font-medium text-white focus-ring hover:bg-teal-800 focus-visible:outline-offset-2 dark:bg-teal-600 dark:hover:bg-teal-500"
        >
          Use the flags builder
        </button>
        <span className="text-xs">
          {start === ''
            ? 'It starts the builder empty.'
            : `It replaces the value with the flags "${start}".`}
        </span>
      </div>
    </div>
  );
}
