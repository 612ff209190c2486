/**
 * DataInputConfig's shape per framework, as AWS documents it
 * (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InputConfig.html and
 * https://docs.aws.amazon.com/sagemaker/latest/dg/neo-compilation-preparing-model.html):
 * a dictionary of input name to shape (PyTorch also a list of shapes), NCHW or NHWC per
 * framework, not needed for XGBoost, optional for PyTorch 2.0+ on cloud instances. The service
 * reads the string itself, so everything here is a warning.
 */
import type { JsonValue } from '../json/json-value';
import type { Problem } from '../problem';
import type { TargetReading } from '../target/target';
import { quote } from '../value-text';
import {
  asDims,
  formatDataInputEntries,
  parseDataInputConfig,
  type DataInputEntry,
  type DataInputForm,
} from './data-input-config';
import {
  FRAMEWORK_FACTS,
  isPyTorchShapeOptional,
  targetFamily,
  type ShapeLayout,
} from './framework-facts';
import type { InputFacts } from './framework-rules';
import { memberField } from './request-field-rules';
import { setTo } from './string-rule';

const FIELD = memberField('InputConfig', 'DataInputConfig');

export function validateDataInputConfig(input: InputFacts, target: TargetReading): Problem[] {
  const { framework, dataInputConfig: text } = input;
  const shapes = framework === undefined ? undefined : FRAMEWORK_FACTS[framework].shapes;
  if (text === undefined) {
    if (shapes === undefined || shapes === 'not-needed') return [];
    if (framework === 'PYTORCH' && isPyTorchShapeOptional(input.version, targetFamily(target)))
      return [];
    return [
      {
        field: FIELD.path,
        severity: 'warning',
        message: `Neo needs the name and shape of each input of a ${FRAMEWORK_FACTS[framework!].label} model, e.g. ${shapes.example}`,
      },
    ];
  }
  if (shapes === 'not-needed') {
    return [
      {
        field: FIELD.path,
        severity: 'warning',
        message: 'XGBoost models need no DataInputConfig: input data name and shape are not needed',
        fix: setTo(FIELD, undefined, 'Remove DataInputConfig'),
      },
    ];
  }
  const parsed = parseDataInputConfig(text);
  if (!parsed.ok) {
    return [
      {
        field: FIELD.path,
        severity: 'warning',
        message: `DataInputConfig should be a dictionary of input name to shape, e.g. {"input0":[1,3,224,224]}, but ${parsed.reason}`,
      },
    ];
  }
  // CoreML shapes may be objects (shape, default_shape, type, bias, scale): not judged here.
  if (target.device === 'coreml' || shapes === undefined) return [];
  const problems: Problem[] = [];
  if (parsed.form === 'list' && !shapes.takesList) {
    problems.push({
      field: FIELD.path,
      severity: 'warning',
      message: `Only PyTorch takes a list of shapes; ${FRAMEWORK_FACTS[framework!].label} takes a dictionary of input name to shape, e.g. ${shapes.example}`,
    });
  }
  const dims = parsed.inputs.map(({ shape }) => asDims(shape));
  const bad = parsed.inputs.find((_, index) => dims[index] === undefined);
  if (bad !== undefined) {
    problems.push({
      field: FIELD.path,
      severity: 'warning',
      message: `Each shape should be a list of whole numbers ≥ 1 (Neo compiles static shapes); ${describeEntry(bad)} is not`,
    });
    return problems;
  }
  const layoutProblem = layoutCheck(
    parsed.form,
    parsed.inputs,
    dims as number[][],
    shapes.layout,
    framework!,
  );
  if (layoutProblem) problems.push(layoutProblem);
  return problems;
}

function describeEntry(entry: DataInputEntry): string {
  const shape = JSON.stringify(entry.shape) ?? 'null';
  return entry.name === undefined ? quote(shape) : `${quote(entry.name)}: ${quote(shape)}`;
}

/** A 4-D image shape's apparent layout: channels (1, 3 or 4) first or last, the others larger. */
function apparentLayout(dims: readonly number[]): ShapeLayout | undefined {
  if (dims.length !== 4) return undefined;
  const [, a = 0, b = 0, c = 0] = dims;
  const isChannels = (n: number) => n === 1 || n === 3 || n === 4;
  if (isChannels(a) && b > 4 && c > 4) return 'NCHW';
  if (isChannels(c) && a > 4 && b > 4) return 'NHWC';
  return undefined;
}

function layoutCheck(
  form: DataInputForm,
  inputs: readonly DataInputEntry[],
  dims: readonly number[][],
  layout: ShapeLayout,
  framework: keyof typeof FRAMEWORK_FACTS,
): Problem | undefined {
  const other: ShapeLayout = layout === 'NCHW' ? 'NHWC' : 'NCHW';
  if (!dims.some((shape) => apparentLayout(shape) === other)) return undefined;
  const transposed: DataInputEntry[] = inputs.map((entry, index) => {
    const shape = dims[index]!;
    if (apparentLayout(shape) !== other) return entry;
    const [n = 1, a = 1, b = 1, c = 1] = shape;
    const next: JsonValue = layout === 'NCHW' ? [n, c, a, b] : [n, b, c, a];
    return { ...entry, shape: next };
  });
  const keras =
    framework === 'KERAS' ? ' (Keras artifacts are NHWC, but DataInputConfig takes NCHW)' : '';
  return {
    field: FIELD.path,
    severity: 'warning',
    message: `${FRAMEWORK_FACTS[framework].label} shapes are ${layout}${keras}; this one looks ${other}`,
    fix: setTo(FIELD, formatDataInputEntries(form, transposed), `Reorder to ${layout}`),
  };
}
