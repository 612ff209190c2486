/**
 * The rules of a target and of its compiler options, together: the analysis runs them once the
 * draft holds a target or options (target-or-options.ts). A fresh page holds neither, so they
 * load on demand, zod with them, and the first screen goes without.
 */
import { validateCompilerOptions } from './compiler-options/option-rules';
import { validateTargetDevice } from './device-rules';
import { validateTargetPlatform } from './platform-rules';

export type TargetRules = {
  device: typeof validateTargetDevice;
  platform: typeof validateTargetPlatform;
  options: typeof validateCompilerOptions;
};

export const TARGET_RULES: TargetRules = {
  device: validateTargetDevice,
  platform: validateTargetPlatform,
  options: validateCompilerOptions,
};
