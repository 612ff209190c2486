import { hasTargetOrOptions } from '../domain/target-or-options';
import { isGroupLoaded, loadGroup, onDemand } from '../lib/on-demand';
import { useDraftMember } from './use-draft-member';

/**
 * The on-demand group of everything a target or options need: their rules, the parts of the
 * screen that show them, and zod. A fresh first screen has neither, so none of it is there.
 */
export const TARGET_CODE = 'target';

/** The rules the analysis runs once the draft holds a target or options. */
export const targetRules = onDemand(
  () => import('../domain/target-rules').then((module) => module.TARGET_RULES),
  TARGET_CODE,
);

/**
 * Runs an action that may bring a target or options into the draft: at once when their code is
 * in memory (always, once the idle preload has run), otherwise as soon as it is, so that the
 * analysis and the options part never show that state without their rules or as a placeholder.
 */
export function whenTargetCode(action: () => void): Promise<void> | void {
  if (isGroupLoaded(TARGET_CODE)) return action();
  return loadGroup(TARGET_CODE).then(action);
}

/** Whether the draft holds a target or options, so the options part needs its code. */
export function useNeedsTargetCode(): boolean {
  const targetDevice = useDraftMember('TargetDevice');
  const targetPlatform = useDraftMember('TargetPlatform');
  const compilerOptions = useDraftMember('CompilerOptions');
  return hasTargetOrOptions({
    TargetDevice: targetDevice,
    TargetPlatform: targetPlatform,
    CompilerOptions: compilerOptions,
  });
}
