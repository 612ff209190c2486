import type { Fix } from '../../domain/problem';
import { Button } from './button';

/** Offers a problem's one-click fix (SPEC §3.11); the caller applies it to the draft. */
export function FixButton({ fix, onApply }: { fix: Fix; onApply: (fix: Fix) => void }) {
  return (
    <Button variant="inline" size="xs" className="ml-2" onClick={() => onApply(fix)}>
      {fix.label}
    </Button>
  );
}
