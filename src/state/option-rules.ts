import { needsOptionRules } from '../domain/compiler-options/option-rules-need';
import { isGroupLoaded, loadGroup, onDemand } from '../lib/on-demand';
import { useDraftMember } from './use-draft-member';

/**
 * The on-demand group of everything a target or options need: these rules, the options part
 * of the screen, and zod with them. A fresh first screen has neither, so none of it is there.
 */
export const OPTIONS_CODE = 'options';

/** The compiler-option rules the analysis runs once the draft holds a target or options. */
export const optionRules = onDemand(
  () =>
    import('../domain/compiler-options/option-rules').then(
      (module) => module.validateCompilerOptions,
    ),
  OPTIONS_CODE,
);

/**
 * Runs an action that may bring a target or options into the draft: at once when their code is
 * in memory (always, once the idle preload has run), otherwise as soon as it is, so that the
 * analysis and the options part never show that state without their rules or as a placeholder.
 */
export function whenOptionsCode(action: () => void): Promise<void> | void {
  if (isGroupLoaded(OPTIONS_CODE)) return action();
  return loadGroup(OPTIONS_CODE).then(action);
}

/** Whether the draft holds a target or options, so the options part needs its code. */
export function useNeedsOptionsCode(): boolean {
  const targetDevice = useDraftMember('TargetDevice');
  const targetPlatform = useDraftMember('TargetPlatform');
  const compilerOptions = useDraftMember('CompilerOptions');
  return needsOptionRules({
    TargetDevice: targetDevice,
    TargetPlatform: targetPlatform,
    CompilerOptions: compilerOptions,
  });
}
