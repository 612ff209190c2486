/**
 * Board names in the catalogue search: what detection calls a board (board-probe's one list)
 * is what the search knows it by, so "xavier nx" finds jetson_xavier as a detection would, and
 * "orin" or "sm_87" finds the board Neo has no device for.
 */
import { KNOWN_BOARDS, type KnownBoard } from '../board-probe/board-models';

function boardText(board: KnownBoard): string {
  return [board.board, board.gpuCode ?? ''].join('\n').toLowerCase();
}

/** The known boards whose name or GPU architecture holds every search word. */
export function boardsNamed(tokens: readonly string[]): KnownBoard[] {
  if (tokens.length === 0) return [];
  return KNOWN_BOARDS.filter((board) => {
    const text = boardText(board);
    return tokens.every((token) => text.includes(token));
  });
}
