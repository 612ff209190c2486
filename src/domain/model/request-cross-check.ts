/**
 * The request against the model (SPEC 9.5): DataInputConfig's names and ranks against the
 * model's inputs, InputConfig.Framework against the recognised one, and the TorchScript file
 * version against what the target's compiler reads (Neuron for ml_inf1 reads at most version
 * 6: model-facts.md §4.6 and §5 #14). Warnings, each naming its field by API name, with a fix
 * where the fix is a change to the request.
 */
import { parseDataInputConfig } from '../request/data-input-config';
import { structureMember, withStructureMember } from '../request/request-edits';
import type { RequestDraft } from '../request/request-draft';
import type { ModelCheck } from './model-types';

export type CrossCheckFinding = {
  field: string;
  message: string;
  neoText?: string;
  fix?: { label: string; apply: (draft: RequestDraft) => RequestDraft };
};

/** The newest TorchScript file format Neuron's loader for ml_inf1 reads. */
export const INF1_MAX_TORCHSCRIPT_VERSION = 6;

export function crossCheckRequest(
  check: ModelCheck,
  draft: RequestDraft,
  targetDevice: unknown,
  proposedText: string | undefined,
): CrossCheckFinding[] {
  const findings: CrossCheckFinding[] = [];
  const framework = structureMember(draft, 'InputConfig', 'Framework');
  if (
    check.framework &&
    typeof framework === 'string' &&
    framework !== '' &&
    framework !== check.framework
  ) {
    const recognised = check.framework;
    findings.push({
      field: 'InputConfig.Framework',
      message: `Framework is ${framework}, but the archive's model is ${recognised}.`,
      fix: {
        label: `Set Framework to ${recognised}`,
        apply: (current) => withStructureMember(current, 'InputConfig', 'Framework', recognised),
      },
    });
  }

  const useModelInputs =
    proposedText === undefined
      ? undefined
      : {
          label: "Use the model's inputs",
          apply: (current: RequestDraft) =>
            withStructureMember(current, 'InputConfig', 'DataInputConfig', proposedText),
        };
  const text = structureMember(draft, 'InputConfig', 'DataInputConfig');
  const modelInputs = check.inputs;
  if (
    typeof text === 'string' &&
    text.trim() !== '' &&
    modelInputs.length > 0 &&
    check.framework !== 'PYTORCH' &&
    check.framework !== 'XGBOOST'
  ) {
    const parsed = parseDataInputConfig(text);
    if (parsed.ok && parsed.form === 'dict') {
      const given = new Map(parsed.inputs.map((entry) => [entry.name ?? '', entry.shape]));
      const known = new Set(modelInputs.map((input) => input.name));
      const unknown = [...given.keys()].filter((name) => !known.has(name));
      const absent = modelInputs
        .filter((input) => !given.has(input.name))
        .map((input) => input.name);
      if (unknown.length > 0) {
        findings.push({
          field: 'InputConfig.DataInputConfig',
          message: `DataInputConfig names ${unknown.join(', ')}, which the model has no input called (it has ${[...known].join(', ')}).`,
          fix: useModelInputs,
        });
      }
      if (absent.length > 0) {
        findings.push({
          field: 'InputConfig.DataInputConfig',
          message: `DataInputConfig leaves out the model input${absent.length > 1 ? 's' : ''} ${absent.join(', ')}.`,
          neoText:
            check.framework === 'TFLITE'
              ? 'ClientError: InputConfiguration: Framework cannot load TFLite model. Unable to infer tensor data type for all inputs/outputs: Please specify all input layers in data_shape.'
              : undefined,
          fix: useModelInputs,
        });
      }
      for (const input of modelInputs) {
        const shape = given.get(input.name);
        if (!input.shape || !Array.isArray(shape) || shape.length === input.shape.length) continue;
        findings.push({
          field: 'InputConfig.DataInputConfig',
          message: `DataInputConfig gives ${input.name} ${shape.length} dimensions; the model's input has ${input.shape.length}.`,
          neoText:
            check.framework === 'KERAS'
              ? `ClientError: InputConfiguration: Input ${input.name} has wrong shape in Input Shape dictionary. Input shapes should be provided in NCHW format. For example, (None,1,32,32)`
              : undefined,
          fix: useModelInputs,
        });
      }
    }
  }

  const version = check.torchScript?.version;
  if (
    targetDevice === 'ml_inf1' &&
    version !== undefined &&
    version > INF1_MAX_TORCHSCRIPT_VERSION
  ) {
    findings.push({
      field: 'TargetDevice',
      message: `The TorchScript file has format version ${version}; Neuron's loader for ml_inf1 reads at most ${INF1_MAX_TORCHSCRIPT_VERSION}. Re-export with PyTorch 1.9 or earlier (Neo's ml_inf1 versions are 1.7–1.9; archives from 1.12 on are reported to fail) and set FrameworkVersion to match.`,
      neoText: `ClientError: InputConfiguration: Unable to load PyTorch model:', 'version_ <= kMaxSupportedFileFormatVersionINTERNAL ASSERT FAILED at "../caffe2/serialize/inline_container.cc":146, please report a bug to PyTorch. Attempted to read a PyTorch file with version ${version}, but the maximum supported version for reading is 6. Your PyTorch installation may be too old.')`,
    });
  }
  return findings;
}
