import { TARGET_RULES_MISSING } from '../domain/output-config-rules/output-config-rules';
import { hasTargetOrOptions } from '../domain/target/target-or-options';
import { isGroupLoaded, loadWholeGroup, onDemand, type OnDemand } from '../lib/on-demand';
import { useDraftMember } from './draft/use-draft-member';

/**
 * The on-demand group of everything a target or options need: their rules, the parts of the
 * screen that show them, and zod. A fresh first screen has neither, so none of it is there.
 */
export const TARGET_CODE = 'target';

/**
 * The parts of the screen that show a target beyond its rules (the option field widgets, the
 * platform picker). Not in TARGET_CODE, whose actions wait for the rules alone; a page opened
 * from a link loads both before it shows the link's target (src/app/boot.ts).
 */
export const TARGET_PARTS = 'target-parts';

/**
 * The on-demand group of the Request part's fields and rules. A fresh first screen has no request,
 * and a page opened from a link that brings one waits for the group, so it never shows the part
 * loading (src/app/boot.ts).
 */
export const REQUEST_CODE = 'request';

/** The rules the analysis runs once the draft holds a target or options. */
export const targetRules = onDemand(
  () => import('../domain/target/target-rules').then((module) => module.TARGET_RULES),
  TARGET_CODE,
);

/** How the parts that show options read CompilerOptions (the parse and the options object). */
export const optionsReading = onDemand(
  () =>
    import('../domain/compiler-options/option-edits').then((module) => module.readCompilerOptions),
  TARGET_CODE,
);

/** What an action that replaced values changed, for its notice (it reads CompilerOptions too). */
export const draftChanges = onDemand(
  () => import('../domain/draft-changes').then((module) => module.draftChanges),
  TARGET_CODE,
);

/** Switching between Device and Platform, which moves a target and its options aside. */
export const targetSwitch = onDemand(
  () =>
    import('../domain/target/target-switch').then((module) => ({
      switchTargetMode: module.switchTargetMode,
      keptAsideNotice: module.keptAsideNotice,
    })),
  TARGET_CODE,
);

/**
 * The input a click on a problem in the summary lands on (a CompilerOptions flag's builder
 * input). A problem about options exists only once this group is in memory.
 */
export const problemFocus = onDemand(
  () =>
    import('../domain/compiler-options/flags-builder-inputs').then(
      (module) => module.problemFocusField,
    ),
  TARGET_CODE,
);

/**
 * A split point of the target code, in memory whenever the draft has a target or options, and
 * in every action that waited for the group (whenTargetCode).
 */
export function fromTargetCode<T>(splitPoint: OnDemand<T>): T {
  const value = splitPoint.loaded();
  if (value === undefined) throw new Error(TARGET_RULES_MISSING);
  return value;
}

/**
 * The target's rules, then the parts that show them, declared inside that code. What waits for
 * this shows whole: a part still loading would show its placeholder, which React then keeps on
 * screen for 300 ms at least. A part that cannot load does not hold it back (its own boundary
 * says so, and the option fields fall back to plain inputs).
 */
export async function loadTargetCode(): Promise<void> {
  await loadWholeGroup(TARGET_CODE);
  await loadWholeGroup(TARGET_PARTS).catch(() => undefined);
}

/**
 * Runs an action that may bring a target or options into the draft: at once when their code is
 * in memory (always, once the idle preload has run), otherwise as soon as it is, so that the
 * analysis and the options part never show that state without their rules or as a placeholder.
 */
export function whenTargetCode(action: () => void): Promise<void> | void {
  if (isGroupLoaded(TARGET_CODE) && isGroupLoaded(TARGET_PARTS)) return action();
  return loadTargetCode().then(action);
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
