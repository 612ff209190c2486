/**
 * The request fields the Request section shows, as data: API name (the label's key and the
 * problems' field), friendly name, help, example, widget, and how the text typed into the
 * widget maps to the API value and back. Components render this list; no rule lives there.
 */
import { isJsonObject, ownValue, type JsonValue } from '../json-value';
import {
  withRequestKey,
  withStructureMember,
  type RequestDraft,
  type StructureKey,
} from './request-draft';
import { FRAMEWORKS, RECOMMENDED_MAX_RUNTIME } from './request-values';

export const FIELD_WIDGETS = ['text', 'select', 'seconds', 'id-list'] as const;
export type FieldWidget = (typeof FIELD_WIDGETS)[number];

export type RequestFieldMeta = {
  /** The API name: a top-level key or `Structure.Member`. */
  path: string;
  label: string;
  help: string;
  example: string;
  widget: FieldWidget;
  optional?: boolean;
  options?: readonly string[];
};

export const REQUEST_FIELDS: readonly RequestFieldMeta[] = [
  {
    path: 'CompilationJobName',
    label: 'Job name',
    help: 'Unique in your account and Region: letters, digits and hyphens, up to 63.',
    example: 'resnet50-ml-c5',
    widget: 'text',
  },
  {
    path: 'RoleArn',
    label: 'IAM role',
    help: 'The role SageMaker assumes to read the model and write the compiled one.',
    example: 'arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole',
    widget: 'text',
  },
  {
    path: 'InputConfig.S3Uri',
    label: 'Model archive',
    help: 'The S3 URI of the trained model, a single .tar.gz archive.',
    example: 's3://bucket/model.tar.gz',
    widget: 'text',
  },
  {
    path: 'InputConfig.Framework',
    label: 'Framework',
    help: 'The framework the model was trained with.',
    example: 'PYTORCH',
    widget: 'select',
    options: FRAMEWORKS,
  },
  {
    path: 'InputConfig.FrameworkVersion',
    label: 'Framework version',
    help: 'Only for MXNet, PyTorch, TensorFlow and TensorFlow Lite, e.g. 1.8 or 2.0.',
    example: '1.8',
    widget: 'text',
    optional: true,
  },
  {
    path: 'StoppingCondition.MaxRuntimeInSeconds',
    label: 'Time limit (seconds)',
    help: `How long the job may run; AWS recommends starting with ${RECOMMENDED_MAX_RUNTIME}.`,
    example: String(RECOMMENDED_MAX_RUNTIME),
    widget: 'seconds',
  },
  {
    path: 'VpcConfig.SecurityGroupIds',
    label: 'VPC security groups',
    help: 'Up to 5 IDs (sg-…), separated by commas; give Subnets too.',
    example: 'sg-0123456789abcdef0',
    widget: 'id-list',
    optional: true,
  },
  {
    path: 'VpcConfig.Subnets',
    label: 'VPC subnets',
    help: 'Up to 16 subnet IDs, separated by commas.',
    example: 'subnet-0123456789abcdef0',
    widget: 'id-list',
    optional: true,
  },
];

/** The draft's value at an API path (`Key` or `Structure.Member`), as given. */
export function valueAt(draft: RequestDraft, path: string): JsonValue | undefined {
  const [key = '', member] = path.split('.');
  const value = ownValue(draft, key);
  if (member === undefined) return value;
  return isJsonObject(value) ? ownValue(value, member) : undefined;
}

/** Sets the value at an API path, in the API model's order. */
export function withValueAt(
  draft: RequestDraft,
  path: string,
  value: JsonValue | undefined,
): RequestDraft {
  const [key = '', member] = path.split('.');
  return member === undefined
    ? withRequestKey(draft, key, value)
    : withStructureMember(draft, key as StructureKey, member, value);
}

/**
 * What a widget shows for a value. A value the widget cannot hold as such (from a link or an
 * import: a number where text belongs, a list of objects) is shown as its JSON, kept as given
 * until the user edits it.
 */
export function fieldText(widget: FieldWidget, value: JsonValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (widget === 'seconds' && typeof value === 'number') return String(value);
  if (widget === 'id-list' && Array.isArray(value) && value.every((id) => typeof id === 'string')) {
    return value.join(', ');
  }
  return JSON.stringify(value);
}

/**
 * The API value of what the user typed: seconds become a number when they are digits (anything
 * else stays text, for the rules to flag as typed), ID lists split on commas and spaces.
 */
export function fieldValue(widget: FieldWidget, text: string): JsonValue | undefined {
  if (text === '') return undefined;
  if (widget === 'seconds' && /^[1-9]\d{0,9}$/.test(text)) return Number(text);
  if (widget === 'id-list') return text.split(/[\s,]+/).filter((id) => id !== '');
  return text;
}
