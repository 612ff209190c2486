/**
 * One undo history for every action that replaces values the user set (SPEC §4.11, §4.12): an
 * import, a detection, a preset or example, "Use as platform", documented options. Plain
 * TypeScript over any state `S`, so its rules are tested on their own.
 *
 * Each entry keeps the state from before the action and the state it left. An entry can be
 * undone only while the present state is still the one it left: a later change (typing, a fix,
 * another action) makes it stale, and Undo never reverts past that change. The entries form a
 * chain (each one's `before` is the `after` of the one below), so undoing the last one makes the
 * one below current again.
 */

export type UndoEntry<S> = {
  /** Names the change on its button: "Undo import", "Undo the Jetson TX2 example". */
  what: string;
  /** What happened, in one sentence: "Imported the OutputConfig." */
  title: string;
  /** What changed and any notes of the action, one per line. */
  lines: readonly string[];
  before: S;
  after: S;
};

/** The last thing that happened to the history, which the notice tells. */
export type UndoNote<S> =
  { kind: 'applied'; entry: UndoEntry<S> } | { kind: 'undone'; entry: UndoEntry<S> };

export type UndoHistory<S> = { entries: readonly UndoEntry<S>[]; note?: UndoNote<S> };

export type SameState<S> = (a: S, b: S) => boolean;

/** What the notice shows for the present state, or nothing. */
export type UndoNoticeView<S> =
  | {
      kind: 'applied';
      entry: UndoEntry<S>;
      /** False once a later change made the entry stale: the notice is then a plain note. */
      canUndo: boolean;
    }
  | {
      kind: 'undone';
      entry: UndoEntry<S>;
      /** The change below, when it can be undone in its turn. */
      next?: UndoEntry<S>;
    };

export const HISTORY_LIMIT = 20;

export function emptyHistory<S>(): UndoHistory<S> {
  return { entries: [] };
}

/**
 * Adds an action's entry. Entries that no longer lead to the new entry's starting state (a later
 * change came between) can never be undone again, so they are dropped.
 */
export function withEntry<S>(
  history: UndoHistory<S>,
  entry: UndoEntry<S>,
  same: SameState<S>,
): UndoHistory<S> {
  const top = history.entries.at(-1);
  const kept = top !== undefined && same(top.after, entry.before) ? history.entries : [];
  return { entries: [...kept, entry].slice(-HISTORY_LIMIT), note: { kind: 'applied', entry } };
}

/** The entry Undo would revert now: the last one, while the present state is the one it left. */
export function undoableEntry<S>(
  history: UndoHistory<S>,
  current: S,
  same: SameState<S>,
): UndoEntry<S> | undefined {
  const top = history.entries.at(-1);
  return top !== undefined && same(top.after, current) ? top : undefined;
}

/**
 * Undoes the last entry when it is current: the state to restore and the history after it.
 * Nothing when a later change made it stale.
 */
export function undoLast<S>(
  history: UndoHistory<S>,
  current: S,
  same: SameState<S>,
): { restore: S; history: UndoHistory<S> } | undefined {
  const entry = undoableEntry(history, current, same);
  if (entry === undefined) return undefined;
  return {
    restore: entry.before,
    history: { entries: history.entries.slice(0, -1), note: { kind: 'undone', entry } },
  };
}

/** The history without its notice (the user dismissed it); the entries stay for later. */
export function withoutNote<S>(history: UndoHistory<S>): UndoHistory<S> {
  return { entries: history.entries };
}

/**
 * What the notice says in the present state. An applied change keeps its note, with Undo only
 * while it is current. "Undone" describes a state, so it shows only while that state lasts.
 */
export function noticeView<S>(
  history: UndoHistory<S>,
  current: S,
  same: SameState<S>,
): UndoNoticeView<S> | undefined {
  const { note } = history;
  if (note === undefined) return undefined;
  if (note.kind === 'applied') {
    return {
      kind: 'applied',
      entry: note.entry,
      canUndo: undoableEntry(history, current, same) === note.entry,
    };
  }
  if (!same(note.entry.before, current)) return undefined;
  return { kind: 'undone', entry: note.entry, next: undoableEntry(history, current, same) };
}
