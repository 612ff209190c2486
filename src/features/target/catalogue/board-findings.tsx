import { Button } from '../../../components/ui/button';
import type { Board } from '../../../domain/board-probe/known-boards';
import { boardFindings, type BoardFinding } from '../../../domain/catalogue/board-findings';
import type { CatalogueDevice } from '../../../domain/catalogue/catalogue-schema';

type StandsFor = Extract<BoardFinding, { kind: 'stands-for' }>;
type NoDevice = Extract<BoardFinding, { kind: 'no-device' }>;

/** A search of the catalogue: the devices it shows, its text, and the boards it knows. */
type Search = {
  shown: readonly CatalogueDevice[];
  query: string;
  boards: readonly Board[];
};

/** Why a listed device matched: the board searched for is that device (as detection maps it). */
export function BoardsStandingFor({ shown, query, boards }: Search) {
  const standing = boardFindings(shown, query, boards).filter(
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
  shown,
  query,
  boards,
  onUsePlatform,
}: Search & { onUsePlatform: () => void }) {
  const withoutDevice = boardFindings(shown, query, boards).filter(
    (finding): finding is NoDevice => finding.kind === 'no-device',
  );
  if (withoutDevice.length === 0) return null;
  return (
    <div className="space-y-2 text-left text-sm">
      {withoutDevice.map(({ board }) => (
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
