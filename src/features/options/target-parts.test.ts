import { isGroupLoaded } from '../../lib/on-demand';
import { TARGET_CODE, TARGET_PARTS, whenTargetCode } from '../../state/on-demand-code';
// Declares the options panel in the target code, as the app's first screen does.
import './compiler-options-section';

describe('an action that brings a target', () => {
  it('runs once the target code and the parts that show it are in memory', async () => {
    // The option fields are declared inside the target code: loading the rules alone leaves
    // them to load after the action, whose render would then show their placeholder.
    const loadedWhenRun = await new Promise<boolean[]>((resolve) => {
      void whenTargetCode(() => resolve([isGroupLoaded(TARGET_CODE), isGroupLoaded(TARGET_PARTS)]));
    });
    expect(loadedWhenRun).toEqual([true, true]);
  });
});
