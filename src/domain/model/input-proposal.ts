/**
 * The DataInputConfig the check proposes for a model (SPEC 9.4), in the form and layout Neo
 * expects for its Framework (model-facts.md §2): a dict of input name to shape; NCHW for
 * Keras although the file is channels-last, NHWC for TensorFlow and TFLite, the file's own
 * order for ONNX, MXNet and Darknet. A free batch dimension is proposed as 1 and said so;
 * any other unknown size is asked for, never guessed. XGBoost needs no shapes.
 */
import { buildDataInputConfig } from '../request/data-input-config';
import { structureMember, withStructureMember } from '../request/request-edits';
import type { RequestDraft } from '../request/request-draft';
import type { Framework } from '../request/request-values';
import type { ModelCheck, ModelDim } from './model-types';

/** A proposed size, or a question for the user. */
export type ProposedDim = { size: number; isAssumedBatch?: boolean } | { ask: string };

export type ProposedInput = {
  name: string;
  /** undefined: the file holds no shape, so the whole shape is asked for. */
  dims?: ProposedDim[];
};

export type InputProposal = {
  framework: Framework;
  /** 'none' for XGBoost: only the Framework is applied. */
  layout: 'NCHW' | 'NHWC' | 'none';
  inputs: ProposedInput[];
  notes: string[];
};

const LAYOUT: Record<Framework, InputProposal['layout']> = {
  KERAS: 'NCHW',
  TENSORFLOW: 'NHWC',
  TFLITE: 'NHWC',
  ONNX: 'NCHW',
  MXNET: 'NCHW',
  DARKNET: 'NCHW',
  PYTORCH: 'NCHW',
  XGBOOST: 'none',
  SKLEARN: 'none',
};

const dimText = (dim: ModelDim) => (typeof dim === 'number' ? String(dim) : dim.unknown);

/** "[batch, 3, 224, 224]": a shape as the check shows it. */
export function shapeText(shape: readonly ModelDim[] | undefined): string {
  return shape ? `[${shape.map(dimText).join(', ')}]` : 'no shape in the file';
}

export function proposeInputs(check: ModelCheck): InputProposal | undefined {
  const framework = check.framework;
  if (!framework) return undefined;
  const layout = LAYOUT[framework];
  const notes: string[] = [];
  if (layout === 'none') {
    return { framework, layout, inputs: [], notes: ['XGBoost needs no DataInputConfig.'] };
  }
  if (framework === 'PYTORCH') {
    const kind = check.torchScript?.kind;
    if (kind !== 'torchscript') return undefined;
    const args = check.torchScript?.forwardArgs;
    const count = args && args.length > 0 ? args.length : 1;
    notes.push(
      "TorchScript records no input shapes: give each input's shape in forward()'s order (the names are free labels, taken in sorted order).",
    );
    return {
      framework,
      layout,
      inputs: Array.from({ length: count }, (_, index) => ({ name: `input${index}` })),
      notes,
    };
  }
  if (check.inputs.length === 0) return undefined;
  let proposedBatch = false;
  const inputs = check.inputs.map((input): ProposedInput => {
    if (!input.shape) return { name: input.name };
    let shape = input.shape;
    if (framework === 'KERAS' && shape.length === 4) {
      shape = [shape[0]!, shape[3]!, shape[1]!, shape[2]!];
    }
    const dims = shape.map((dim, axis): ProposedDim => {
      if (typeof dim === 'number') return { size: dim };
      if (axis === 0) {
        proposedBatch = true;
        return { size: 1, isAssumedBatch: true };
      }
      return { ask: dim.unknown };
    });
    return { name: input.name, dims };
  });
  if (framework === 'KERAS' && check.inputs.some((input) => input.shape?.length === 4)) {
    notes.push(
      'The file is channels-last (NHWC); Neo takes Keras shapes channels-first (NCHW), so they are reordered.',
    );
  }
  if (proposedBatch)
    notes.push('The batch dimension is free in the model: a batch of 1 is proposed.');
  if (inputs.some((input) => !input.dims || input.dims.some((dim) => 'ask' in dim))) {
    notes.push('Sizes the model leaves open are not guessed: give them below.');
  }
  return { framework, layout, inputs, notes };
}

/** The key of one answer: an input's whole shape, or one of its dimensions. */
export const answerKey = (input: number, dim?: number) =>
  dim === undefined ? `${input}:shape` : `${input}:${dim}`;

/** Reads "1, 3, 224, 224" or "224". */
const wholeNumbers = (text: string) => {
  const parts = text.split(/[\s,x×]+/).filter((part) => part !== '');
  return parts.length > 0 && parts.every((part) => /^[1-9]\d{0,8}$/.test(part))
    ? parts.map(Number)
    : undefined;
};

/**
 * The DataInputConfig text of a proposal with the user's answers, or the questions still open.
 * undefined text with no questions: nothing to write (XGBoost).
 */
export function completeProposal(
  proposal: InputProposal,
  answers: Readonly<Record<string, string>>,
): { text?: string; missing: string[] } {
  if (proposal.layout === 'none') return { missing: [] };
  const missing: string[] = [];
  const inputs = proposal.inputs.map((input, index) => {
    if (!input.dims) {
      const dims = wholeNumbers(answers[answerKey(index)] ?? '');
      if (!dims) missing.push(`the shape of ${input.name}`);
      return { name: input.name, dims: dims ?? [] };
    }
    const dims = input.dims.map((dim, axis) => {
      if ('size' in dim) return dim.size;
      const given = wholeNumbers(answers[answerKey(index, axis)] ?? '');
      if (!given || given.length !== 1) missing.push(`${dim.ask} of ${input.name}`);
      return given?.[0] ?? 0;
    });
    return { name: input.name, dims };
  });
  return missing.length > 0 ? { missing } : { text: buildDataInputConfig(inputs, 'dict'), missing };
}

/** "Use these inputs": DataInputConfig (when there is one), and Framework when it is empty. */
export function applyModelInputs(
  draft: RequestDraft,
  framework: Framework,
  text: string | undefined,
): RequestDraft {
  let next = draft;
  const current = structureMember(draft, 'InputConfig', 'Framework');
  if (current === undefined || current === '') {
    next = withStructureMember(next, 'InputConfig', 'Framework', framework);
  }
  if (text !== undefined) next = withStructureMember(next, 'InputConfig', 'DataInputConfig', text);
  return next;
}
