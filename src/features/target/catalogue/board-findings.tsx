import { Button } from '../../../components/ui/button';
import type { BoardFinding } from '../../../domain/catalogue/device-search';

type StandsFor = Extract<BoardFinding, { kind: 'stands-for' }>;
type NoDevice = Extract<BoardFinding, { kind: 'no-device' }>;

/** Why a listed device matched: the board searched for is that device (as detection maps it). */
export function BoardsStandingFor({ findings }: { findings: readonly BoardFinding[] }) {
  const standing = findings.filter(
    (finding): finding is StandsFor => finding.kind === 'stands-for',
  );
  if (standing.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm text-muted">
      {standing.map(({ board, device, note }) => (
        <li key={board}>
          {board} is listed as <code className="font-semibold text-ink">{device}</code>
          {note === undefined ? '.' : `: ${note}.`}
        </li>
      ))}
    </ul>
  );
}

/** The boards searched for that Neo has no device for, and the way to describe them instead. */
export function BoardsWithoutDevice({
  findings,
  onUsePlatform,
}: {
  findings: readonly BoardFinding[];
  onUsePlatform: () => void;
}) {
  const boards = findings.filter((finding): finding is NoDevice => finding.kind === 'no-device');
  if (boards.length === 0) return null;
  return (
    <div className="space-y-2 text-left text-sm">
      {boards.map(({ board }) => (
        <p key={board.board}>
          <span className="font-medium">{board.board}</span> has no TargetDevice in Neo. Describe it
          as a TargetPlatform instead
          {board.accelerator === undefined
            ? '.'
            : ` (Accelerator ${board.accelerator}${
                board.gpuCode === undefined ? '' : `, gpu-code ${board.gpuCode}`
              }).`}
        </p>
      ))}
      <Button variant="primary" onClick={onUsePlatform}>
        Go to the Platform tab
      </Button>
    </div>
  );
}
