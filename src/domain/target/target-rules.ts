/**
 * The rules of a target, of its compiler options and of keys the API does not know, together:
 * the analysis runs them once the draft holds any of these (target-or-options.ts). A fresh page holds neither, so they
 * load on demand, zod with them, and the first screen goes without.
 */
import { validateCompilerOptions } from '../compiler-options/rules/option-rules';
import { validateTargetDevice } from './device-rules';
import { topLevelKeyProblems } from '../output-config-rules/unknown-key-rules';
import { validateTargetPlatform } from './platform-rules';

export type TargetRules = {
  device: typeof validateTargetDevice;
  platform: typeof validateTargetPlatform;
  options: typeof validateCompilerOptions;
  keys: typeof topLevelKeyProblems;
};

export const TARGET_RULES: TargetRules = {
  device: validateTargetDevice,
  platform: validateTargetPlatform,
  options: validateCompilerOptions,
  keys: topLevelKeyProblems,
};
