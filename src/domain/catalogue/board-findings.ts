/**
 * What a search for a board name found besides the devices themselves. Only a search for a
 * board needs it, so it loads on demand with the part that says it, not with the first screen.
 */
import type { TargetDevice } from '../api-values';
import type { Board } from '../board-probe/known-boards';
import { boardsNamed } from './board-search';
import type { CatalogueDevice } from './catalogue-schema';
import { matchesSearch, searchTokens } from './device-search';

export type BoardFinding =
  | { kind: 'stands-for'; board: string; device: TargetDevice; note?: string }
  | { kind: 'no-device'; board: Board };

/**
 * Why a listed device matched a board's name rather than its own (a shown device that matches
 * the search by itself needs no word), and, when nothing is listed, the boards searched for
 * that Neo has no device for: those are described as a TargetPlatform.
 */
export function boardFindings(
  shown: readonly CatalogueDevice[],
  query: string,
  knownBoards: readonly Board[],
): BoardFinding[] {
  const boards = boardsNamed(knownBoards, searchTokens(query));
  if (shown.length === 0) {
    return boards
      .filter((board) => board.device === null)
      .map((board) => ({ kind: 'no-device', board }));
  }
  return boards.flatMap((board): BoardFinding[] => {
    const device = shown.find(({ id }) => id === board.device);
    if (device === undefined || matchesSearch(device, query)) return [];
    return [
      {
        kind: 'stands-for',
        board: board.board,
        device: device.id,
        ...(board.note === undefined ? {} : { note: board.note }),
      },
    ];
  });
}
