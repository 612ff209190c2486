/**
 * What the model check (SPEC §9) read from the archive, brought to a failed job's explanation
 * (SPEC §10.2: "when the model check has read the archive, use what it found"): the facts that
 * bear on each recognised cause. The model's own inputs as a fix are in failure-fixes.ts.
 */
import { shapeText } from '../model/input-proposal';
import type { ModelCheck } from '../model/model-types';
import type { FailureGroup } from './failure-catalogue';

const inputsLine = (model: ModelCheck): string | undefined => {
  if (model.inputs.length === 0) return undefined;
  const inputs = model.inputs
    .map(
      (input) =>
        `${input.name} ${shapeText(input.shape)}${input.layout ? ` (${input.layout})` : ''}`,
    )
    .join('; ');
  return `${model.modelFile ?? model.fileName} has ${model.inputs.length === 1 ? 'one input' : `${model.inputs.length} inputs`}: ${inputs}.`;
};

const frameworkLine = (model: ModelCheck): string =>
  model.framework
    ? `The archive holds a ${model.framework} model${model.modelFile ? ` (${model.modelFile})` : ''}.`
    : 'The files in the archive match no Framework Neo compiles.';

const torchScriptLine = (model: ModelCheck): string | undefined => {
  const facts = model.torchScript;
  if (facts === undefined) return undefined;
  if (facts.kind === 'state-dict')
    return 'The PyTorch file is a state_dict (weights only), not a traced model.';
  return facts.version === undefined
    ? undefined
    : `The TorchScript file has format version ${facts.version}.`;
};

const layoutLines = (model: ModelCheck): string[] => {
  const errors = model.problems.filter((problem) => problem.severity === 'error');
  if (errors.length === 0) {
    return [`${frameworkLine(model)} Its files are laid out as Neo expects.`];
  }
  return errors.map((problem) =>
    problem.files && problem.files.length > 0
      ? `${problem.message} (${problem.files.join(', ')})`
      : problem.message,
  );
};

/**
 * What the check of `model.fileName` found that bears on a cause of this group, one fact per
 * line; nothing for causes the archive cannot tell about (permissions, the service).
 */
export function modelFindings(group: FailureGroup, model: ModelCheck | undefined): string[] {
  if (model === undefined) return [];
  const lines = (() => {
    switch (group) {
      case 'input configuration':
        return [frameworkLine(model), inputsLine(model), torchScriptLine(model)];
      case 'archive layout':
        return layoutLines(model);
      case 'framework and version':
        return [frameworkLine(model), torchScriptLine(model)];
      case 'operators':
        return model.notes.length > 0 ? [`${frameworkLine(model)} ${model.notes.join('; ')}.`] : [];
      default:
        return [];
    }
  })();
  return lines.filter((line): line is string => line !== undefined);
}
