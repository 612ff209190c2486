import { FieldMessages } from '../../components/ui/field-messages';
import type { Problem } from '../../domain/problem';
import { useApplyRequestFix } from '../../state/request/request-store';

/** A request field's messages; its fixes apply to the request fields. */
export function RequestFieldMessages({ field, problems }: { field: string; problems: Problem[] }) {
  const applyFix = useApplyRequestFix();
  return <FieldMessages field={field} problems={problems} onFix={(fix) => applyFix(fix, field)} />;
}
