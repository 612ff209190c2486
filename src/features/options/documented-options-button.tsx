import { Button } from '../../components/ui/button';
import type { CatalogueDevice } from '../../domain/catalogue/catalogue-schema';
import { documentedOptionsEdit } from '../../domain/compiler-options/plan/documented-options';
import { useDraftActions } from '../../state/draft/configuration-context';
import { useDraftMember } from '../../state/draft/use-draft-member';

/**
 * "Apply documented options": the device's documented CompilerOptions in one explicit action,
 * with Undo; shown while the draft does not already hold them all.
 */
export function DocumentedOptionsButton({ device }: { device: CatalogueDevice | undefined }) {
  const { getDraft, replaceValues } = useDraftActions();
  const targetDevice = useDraftMember('TargetDevice');
  const compilerOptions = useDraftMember('CompilerOptions');
  const draft = {
    ...(targetDevice === undefined ? {} : { TargetDevice: targetDevice }),
    ...(compilerOptions === undefined ? {} : { CompilerOptions: compilerOptions }),
  };
  const edit = documentedOptionsEdit(draft, device);
  if (edit === undefined) return null;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <Button
        variant="secondary"
        onClick={() => {
          const current = documentedOptionsEdit(getDraft(), device);
          if (current) replaceValues('documented options', current.apply);
        }}
      >
        {edit.label}
      </Button>
      <span className="text-xs text-muted">Sets the values AWS documents for {device?.id}.</span>
    </div>
  );
}
