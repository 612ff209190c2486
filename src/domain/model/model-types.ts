/**
 * What the model check finds in a model archive (SPEC §9): plain data, so the worker that
 * reads the file can hand it to the page as it is (structured clone).
 */
import type { Framework } from '../request/request-values';

/** One dimension: a size, or unknown (a symbolic name such as "batch", or none). */
export type ModelDim = number | { unknown: string };

export type ModelInput = {
  name: string;
  /** The shape as the file holds it, in the file's own layout; undefined when it has none. */
  shape?: ModelDim[];
  /** Element type as the format names it ("float32"), when the file says. */
  dtype?: string;
  /** The file's layout for this shape, when known ("NHWC" for Keras and TFLite files). */
  layout?: 'NHWC' | 'NCHW';
};

export type ModelProblem = {
  severity: 'error' | 'warning';
  message: string;
  /** The archive members concerned. */
  files?: string[];
  /** Neo's own error text for this mistake (model-facts.md §5), when one is known. */
  neoText?: string;
  /** How to put it right. */
  fix?: string;
};

export type TorchScriptFacts = {
  kind: 'torchscript' | 'state-dict' | 'legacy-pickle' | 'preview-format' | 'unknown';
  /** The archive's file-format version record, when found. */
  version?: number;
  /** forward()'s argument names, from code/, when found. */
  forwardArgs?: string[];
};

export type ModelCheck = {
  /** The file the user chose. */
  fileName: string;
  /** Every member of the archive (a bare file: itself), with its size. */
  files: { path: string; size: number }[];
  /** The Framework the files point at, by API name, or undefined when none. */
  framework?: Framework;
  /** The model file the inputs were read from. */
  modelFile?: string;
  inputs: ModelInput[];
  problems: ModelProblem[];
  /** Facts a format gives besides inputs: "ONNX IR 7, opset 12", "schema 3". */
  notes: string[];
  torchScript?: TorchScriptFacts;
};

/** Why a file could not be read at all: then nothing is shown but this, and nothing changes. */
export type UnreadableFile = { unreadable: string };
