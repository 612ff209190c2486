/**
 * Switching between Device and Platform (SPEC §4.3): the target and its CompilerOptions of the
 * mode being left are kept aside, and the other mode's come back.
 */
import { withKey, type OutputConfigDraft } from '../draft';
import { ownValue, type JsonValue } from '../json/json-value';
import type { TargetMode } from './target-mode';

type StashedTarget = { target?: JsonValue; compilerOptions?: JsonValue };
export type TargetStash = Partial<Record<TargetMode, StashedTarget>>;

const TARGET_KEY: Record<TargetMode, 'TargetDevice' | 'TargetPlatform'> = {
  device: 'TargetDevice',
  platform: 'TargetPlatform',
};

/** Moves the current mode's target aside and restores the other mode's. */
export function switchTargetMode(
  draft: OutputConfigDraft,
  stash: TargetStash,
  from: TargetMode,
  to: TargetMode,
): { draft: OutputConfigDraft; stash: TargetStash } {
  if (from === to) return { draft, stash };
  const fromKey = TARGET_KEY[from];
  const toKey = TARGET_KEY[to];
  const nextStash: TargetStash = {
    ...stash,
    [from]: {
      target: ownValue(draft, fromKey),
      compilerOptions: ownValue(draft, 'CompilerOptions'),
    },
  };
  let next = withKey(draft, fromKey, '');
  // A link may name both targets; then the other one is already in place with its options.
  const alreadyThere = ownValue(draft, toKey);
  if (alreadyThere === undefined || alreadyThere === '') {
    const restored = stash[to];
    next = withKey(next, toKey, restored?.target ?? '');
    next = withKey(next, 'CompilerOptions', restored?.compilerOptions ?? '');
  }
  return { draft: next, stash: nextStash };
}

const TAB_NAME: Record<TargetMode, string> = { device: 'Device', platform: 'Platform' };

/**
 * What a switch moved aside, for the notice that says so (SPEC §4.3, §4.11): e.g. "jetson_xavier
 * and its CompilerOptions are kept aside; the Device tab brings them back". Undefined when the
 * mode being left held nothing.
 */
export function keptAsideNotice(draft: OutputConfigDraft, from: TargetMode): string | undefined {
  const target = ownValue(draft, TARGET_KEY[from]);
  const options = ownValue(draft, 'CompilerOptions');
  const hasTarget = target !== undefined && target !== '';
  const hasOptions = options !== undefined && options !== '';
  if (!hasTarget && !hasOptions) return undefined;
  const named =
    typeof target === 'string' && hasTarget ? target : hasTarget ? TARGET_KEY[from] : undefined;
  const what = named
    ? hasOptions
      ? `${named} and its CompilerOptions are`
      : `${named} is`
    : 'CompilerOptions are';
  const them = named && !hasOptions ? 'it' : 'them';
  return `${what} kept aside, out of the output; the ${TAB_NAME[from]} tab brings ${them} back`;
}
