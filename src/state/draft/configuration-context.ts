import { createContext, use } from 'react';
import type { UnappliedEdit } from '../../domain/copy-readiness';
import type { OutputConfigDraft } from '../../domain/draft';
import type { TargetMode } from '../../domain/target/target-mode';
import type { UndoHistory } from './undo-history';
import type { UndoPoint } from './undo-point';

/**
 * react-hook-form's view of the draft. The draft's recursive JSON type is too deep for its path
 * types, so the form holds plain records; every value in it is JSON by construction.
 */
export type DraftFormValues = Record<string, unknown>;

export type DraftEdit = (draft: OutputConfigDraft) => OutputConfigDraft;

/** An action that replaced values, as it asks to be recorded for Undo once it is applied. */
export type RecordedChange = {
  /** Names the change on its button ("Undo import"). */
  what: string;
  /** What happened, in one sentence. */
  title: string;
  lines: readonly string[];
  /** The page as it was before the action (`currentPoint()` taken first). */
  before: UndoPoint;
  /** The tab the action left the page on. */
  mode: TargetMode;
};

/** Everything the configuration holds; read it through the narrow hooks below. */
export type ConfigurationApi = {
  /** The current draft, read without subscribing (for event handlers). */
  getDraft: () => OutputConfigDraft;
  mode: TargetMode;
  switchMode: (to: TargetMode) => void;
  /**
   * Runs an action once the on-demand code of targets and options is in memory (at once after
   * the idle preload); the draft actions below all do. A failure to load reaches the error boundary.
   */
  afterTargetCode: (action: () => void) => void;
  /** Applies a pure edit (a fix, a preset, an option change) to the current draft. */
  updateDraft: (edit: DraftEdit, touchedField?: string) => void;
  /** Replaces the whole draft (a link or an import) and shows the given tab (default: the
   * draft's own mode); every message is shown at once. */
  loadDraft: (draft: OutputConfigDraft, mode?: TargetMode) => void;
  markInteracted: (field: string) => void;
  /** Whether a field's messages should show: after the user touched it, or after a load. */
  isRevealed: (field: string) => boolean;
  /**
   * Applies an edit that replaces values the user set (a preset, "Use as platform",
   * documented options), on the given tab, keeping what was there for Undo (SPEC §4.11).
   */
  replaceValues: (what: string, edit: DraftEdit, toMode?: TargetMode) => void;
  /**
   * The page as it is now, to record before an action that replaces values (an import); `mode`
   * is the tab it is on, when a change of tab has not rendered yet.
   */
  currentPoint: (mode?: TargetMode) => UndoPoint;
  /** Records an applied action for Undo; the page as it is now is what the action left. */
  recordChange: (change: RecordedChange) => void;
  /** Every recorded action and the last thing that happened, for the notice (SPEC §4.12). */
  undoHistory: UndoHistory<UndoPoint>;
  /** Reverts the last action while nothing changed since; otherwise does nothing. */
  undoReplacement: () => void;
  dismissReplacement: () => void;
  /** What the last change of tab moved out of the output, until the next change of tab. */
  keptAside: string | undefined;
  /**
   * Text in the advanced CompilerOptions editor that could not be applied, with the value it
   * was typed over (JSON of CompilerOptions), so a later change elsewhere makes it stale.
   */
  unappliedOptions: UnappliedOptions | undefined;
  setUnappliedOptions: (unapplied: UnappliedOptions | undefined) => void;
  /**
   * A fresh page: the user has changed nothing and no link or import brought a configuration.
   * The summary then guides instead of judging (SPEC §4.9).
   */
  isPristine: boolean;
};

/** The editor's unreadable text, as the edit it counts as, over the value it was typed on. */
export type UnappliedOptions = { edit: UnappliedEdit; over: string };

/** The draft's actions: stable callbacks for event handlers and effects. */
export type DraftActions = Pick<
  ConfigurationApi,
  'getDraft' | 'updateDraft' | 'loadDraft' | 'replaceValues' | 'afterTargetCode' | 'markInteracted'
>;
/** The Device/Platform tab and what its last change moved aside. */
export type TargetModeState = Pick<ConfigurationApi, 'mode' | 'switchMode' | 'keptAside'>;
/** Which fields show their messages, and whether the page is still fresh. */
export type RevealState = Pick<ConfigurationApi, 'isRevealed' | 'isPristine'>;
/** The one undo history of actions that replaced values. */
export type UndoState = Pick<
  ConfigurationApi,
  'undoHistory' | 'currentPoint' | 'recordChange' | 'undoReplacement' | 'dismissReplacement'
>;
/** The advanced editor's text that could not be applied. */
export type UnappliedOptionsState = Pick<
  ConfigurationApi,
  'unappliedOptions' | 'setUnappliedOptions'
>;

/**
 * One context per concern, so that a part re-renders only when what it reads changes: typing
 * re-renders no reader of the tab, and a change of tab no reader of the undo history.
 */
export const DraftActionsContext = createContext<DraftActions | null>(null);
export const TargetModeContext = createContext<TargetModeState | null>(null);
export const RevealContext = createContext<RevealState | null>(null);
export const UndoContext = createContext<UndoState | null>(null);
export const UnappliedOptionsContext = createContext<UnappliedOptionsState | null>(null);

function required<T>(value: T | null, name: string): T {
  if (value === null) throw new Error(`${name} needs a ConfigurationProvider`);
  return value;
}

export const useDraftActions = () => required(use(DraftActionsContext), 'useDraftActions');
export const useTargetMode = () => required(use(TargetModeContext), 'useTargetMode');
export const useReveal = () => required(use(RevealContext), 'useReveal');
export const useUndo = () => required(use(UndoContext), 'useUndo');
export const useUnappliedOptions = () =>
  required(use(UnappliedOptionsContext), 'useUnappliedOptions');
