import {
  emptyHistory,
  HISTORY_LIMIT,
  noticeView,
  undoableEntry,
  undoLast,
  withEntry,
  withoutNote,
  type UndoEntry,
} from './undo-history';

const same = (a: string, b: string) => a === b;
const entry = (what: string, before: string, after: string): UndoEntry<string> => ({
  what,
  title: `Applied ${what}.`,
  lines: [],
  before,
  after,
});

const detection = entry('detection', 'typed', 'detected');
const importing = entry('import', 'detected', 'imported');

describe('one undo history', () => {
  it('offers Undo of the last change while the state is the one it left', () => {
    const history = withEntry(emptyHistory<string>(), detection, same);
    expect(undoableEntry(history, 'detected', same)).toBe(detection);
    expect(noticeView(history, 'detected', same)).toEqual({
      kind: 'applied',
      entry: detection,
      canUndo: true,
    });
    expect(undoLast(history, 'detected', same)?.restore).toBe('typed');
  });

  it('never reverts past a later change: the stale change becomes a plain note', () => {
    const history = withEntry(emptyHistory<string>(), detection, same);
    expect(undoableEntry(history, 'detected and typed over', same)).toBeUndefined();
    expect(undoLast(history, 'detected and typed over', same)).toBeUndefined();
    expect(noticeView(history, 'detected and typed over', same)).toEqual({
      kind: 'applied',
      entry: detection,
      canUndo: false,
    });
  });

  it('after a detection then an import, only the import can be undone, then the detection', () => {
    let history = withEntry(emptyHistory<string>(), detection, same);
    history = withEntry(history, importing, same);
    // The detection's Undo is gone: the notice names the import.
    expect(noticeView(history, 'imported', same)).toEqual({
      kind: 'applied',
      entry: importing,
      canUndo: true,
    });
    const first = undoLast(history, 'imported', same)!;
    expect(first.restore).toBe('detected');
    // Back where the detection left it: its Undo is offered again.
    expect(noticeView(first.history, 'detected', same)).toEqual({
      kind: 'undone',
      entry: importing,
      next: detection,
    });
    const second = undoLast(first.history, 'detected', same)!;
    expect(second.restore).toBe('typed');
    expect(second.history.entries).toEqual([]);
  });

  it('drops changes a later edit cut off, so they can never come back', () => {
    let history = withEntry(emptyHistory<string>(), detection, same);
    // The user typed over the detection, then imported.
    history = withEntry(history, entry('import', 'typed over', 'imported'), same);
    expect(history.entries.map((each) => each.what)).toEqual(['import']);
    const undone = undoLast(history, 'imported', same)!;
    expect(noticeView(undone.history, 'typed over', same)).toMatchObject({ next: undefined });
  });

  it('says "undone" only while the state it describes lasts', () => {
    const history = withEntry(emptyHistory<string>(), detection, same);
    const undone = undoLast(history, 'detected', same)!.history;
    expect(noticeView(undone, 'typed', same)).toMatchObject({ kind: 'undone' });
    expect(noticeView(undone, 'typed and changed', same)).toBeUndefined();
  });

  it('a dismissed notice shows nothing, and the entries stay', () => {
    const history = withoutNote(withEntry(emptyHistory<string>(), detection, same));
    expect(noticeView(history, 'detected', same)).toBeUndefined();
    expect(undoableEntry(history, 'detected', same)).toBe(detection);
  });

  it(`keeps at most ${HISTORY_LIMIT} entries`, () => {
    let history = emptyHistory<string>();
    for (let step = 0; step < HISTORY_LIMIT + 5; step += 1) {
      history = withEntry(history, entry(`step ${step}`, `${step}`, `${step + 1}`), same);
    }
    expect(history.entries).toHaveLength(HISTORY_LIMIT);
    expect(history.entries[0]?.what).toBe('step 5');
  });
});
