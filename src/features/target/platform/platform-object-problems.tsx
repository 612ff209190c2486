import { TARGET_PLATFORM_KEYS } from '../../../domain/api-values';
import { FieldMessages } from '../../../components/ui/field-messages';
import { useProblems } from '../../../state/analysis/analysis-context';
import { useReveal } from '../../../state/draft/configuration-context';
import { useApplyFix } from '../../../state/draft/use-apply-fix';

const MEMBER_FIELDS = new Set(TARGET_PLATFORM_KEYS.map((key) => `TargetPlatform.${key}`));

/**
 * Problems with TargetPlatform as a whole (not an object, both targets set) and with members
 * the API does not know, which have no select of their own.
 */
export function PlatformObjectProblems() {
  const problems = useProblems();
  const { isRevealed } = useReveal();
  const applyFix = useApplyFix();
  const shown = problems.filter(
    (problem) =>
      isRevealed(problem.field) &&
      (problem.field === 'TargetPlatform' ||
        (problem.field.startsWith('TargetPlatform.') && !MEMBER_FIELDS.has(problem.field))),
  );
  return (
    <FieldMessages
      field="TargetPlatform"
      problems={shown}
      onFix={(fix) => applyFix(fix, 'TargetPlatform')}
    />
  );
}
