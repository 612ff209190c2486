/**
 * The request fields the Request section shows, as data: API name (the label's key and the
 * problems' field), friendly name, help, example, widget, and how the text typed into the
 * widget maps to the API value and back. Components render this list; no rule lives there.
 */
import { isJsonObject, ownValue, type JsonValue } from '../json/json-value';
import { type RequestDraft } from './request-draft';
import { withRequestKey, withStructureMember, type StructureKey } from './request-edits';
import { DATA_INPUT_CONFIG_LIMITS, FRAMEWORKS, RECOMMENDED_MAX_RUNTIME } from './request-values';

export const FIELD_WIDGETS = ['text', 'select', 'seconds', 'id-list', 'tag-list'] as const;
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
    label: 'Model location',
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
    path: 'InputConfig.DataInputConfig',
    label: 'Input shapes',
    help: `A JSON string: each input's name and shape, e.g. ${DATA_INPUT_CONFIG_LIMITS.example}; the helper below builds it.`,
    example: DATA_INPUT_CONFIG_LIMITS.example,
    widget: 'text',
  },
  {
    path: 'StoppingCondition.MaxRuntimeInSeconds',
    label: 'Time limit (seconds)',
    help: `How long the job may run. Unless you change it, the request is sent with ${RECOMMENDED_MAX_RUNTIME}, where AWS recommends starting.`,
    example: String(RECOMMENDED_MAX_RUNTIME),
    widget: 'seconds',
  },
  {
    path: 'StoppingCondition.MaxWaitTimeInSeconds',
    label: 'Spot wait limit (seconds)',
    help: 'For managed Spot only: at least the time limit above.',
    example: '3600',
    widget: 'seconds',
    optional: true,
  },
  {
    path: 'ModelPackageVersionArn',
    label: 'Model package',
    help: 'Instead of InputConfig: a versioned model package ARN (leave the model fields empty).',
    example: 'arn:aws:sagemaker:us-east-1:111122223333:model-package/my-package/1',
    widget: 'text',
    optional: true,
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
  {
    path: 'Tags',
    label: 'Tags',
    help: 'key=value pairs separated by commas, up to 50.',
    example: 'team=vision, project=neo',
    widget: 'tag-list',
    optional: true,
  },
];

/** The field the shape helper builds. */
export const DATA_INPUT_PATH = 'InputConfig.DataInputConfig';

/**
 * The field whose input a problem's field lands on: itself, or for a whole structure
 * ("InputConfig") its first member's. Undefined when the page has no input for it (an
 * unknown key, which its fix removes).
 */
export function inputPathFor(field: string): string | undefined {
  const paths = REQUEST_FIELDS.map(({ path }) => path);
  if (paths.includes(field)) return field;
  return paths.find((path) => path.startsWith(`${field}.`));
}

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
  const isList = Array.isArray(value) && value.length > 0;
  if (
    widget === 'id-list' &&
    isList &&
    value.every((id) => typeof id === 'string' && /^[^\s,]+$/.test(id))
  ) {
    return value.join(', ');
  }
  if (widget === 'tag-list' && isList && value.every(isPlainTag)) {
    return value.map((tag) => `${String(tag.Key)}=${String(tag.Value)}`).join(', ');
  }
  return JSON.stringify(value);
}

/** A tag the key=value text can show and read back unchanged. */
function isPlainTag(tag: JsonValue): tag is { Key: string; Value: string } {
  if (!isJsonObject(tag) || Object.keys(tag).join() !== 'Key,Value') return false;
  const { Key: key, Value: value } = tag;
  return (
    typeof key === 'string' &&
    typeof value === 'string' &&
    /^[^,=\s](?:[^,=]*[^,=\s])?$/.test(key) &&
    /^(?:[^,\s](?:[^,]*[^,\s])?)?$/.test(value)
  );
}

/**
 * The API value of what the user typed: seconds become a number when they are digits (anything
 * else stays text, for the rules to flag as typed), ID lists split on commas and spaces.
 */
export function fieldValue(widget: FieldWidget, text: string): JsonValue | undefined {
  if (text === '') return undefined;
  if (widget === 'seconds' && /^[1-9]\d{0,9}$/.test(text)) return Number(text);
  if (widget === 'id-list') return text.split(/[\s,]+/).filter((id) => id !== '');
  if (widget === 'tag-list') {
    return text
      .split(',')
      .map((pair) => pair.trim())
      .filter((pair) => pair !== '')
      .map((pair) => {
        const at = pair.indexOf('=');
        return at < 0
          ? { Key: pair, Value: '' }
          : { Key: pair.slice(0, at).trim(), Value: pair.slice(at + 1).trim() };
      });
  }
  return text;
}
