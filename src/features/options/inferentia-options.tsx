import { Button } from '../../components/ui/button';
import { formatFlags } from '../../domain/compiler-options/api-string';
import { flagsBuilderStart } from '../../domain/compiler-options/plan/flags-builder-start';
import type { NeuronBuilder } from '../../domain/compiler-options/inferentia-flags';
import { withKey } from '../../domain/draft';
import { useDraftActions } from '../../state/draft/configuration-context';
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
  const { updateDraft } = useDraftActions();
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
    <div className="space-y-3 rounded-md border border-warning-border bg-warning-surface p-3 text-sm text-warning-text">
      <p>
        This target takes CompilerOptions as a quoted string of compiler flags. The value below is
        kept exactly as given until you replace it (see the message above).
      </p>
      <pre className="overflow-x-auto rounded border border-warning-border bg-inset p-2 font-mono text-xs whitespace-pre-wrap text-foreground">
        {typeof raw === 'string' ? raw : JSON.stringify(raw, null, 2)}
      </pre>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Button variant="primary" onClick={switchToBuilder}>
          Use the flags builder
        </Button>
        <span className="text-xs">
          {start === ''
            ? 'It starts the builder empty.'
            : `It replaces the value with the flags "${start}".`}
        </span>
      </div>
    </div>
  );
}
