/**
 * Board names in the catalogue search: what detection calls a board (board-probe's one list,
 * known-boards) is what the search knows it by, so "xavier nx" finds jetson_xavier as a
 * detection would, and "orin" or "sm_87" finds the board Neo has no device for. The list is
 * passed in, so the first screen can load it on demand.
 */
import type { Board } from '../board-probe/known-boards';

function boardText(board: Board): string {
  return [board.board, board.gpuCode ?? ''].join('\n').toLowerCase();
}

/** The boards whose name or GPU architecture holds every search word. */
export function boardsNamed(boards: readonly Board[], tokens: readonly string[]): Board[] {
  if (tokens.length === 0) return [];
  return boards.filter((board) => {
    const text = boardText(board);
    return tokens.every((token) => text.includes(token));
  });
}
