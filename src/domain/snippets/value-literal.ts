/**
 * Pretty-printed Python and JavaScript literals of a JSON value, for pasting an OutputConfig
 * into generated code as readable source rather than as an escaped JSON string.
 */
import type { JsonValue } from '../json/json-value';
import { javaScriptStringLiteral, pythonStringLiteral } from './string-literal';

type Dialect = {
  indent: string;
  string: (value: string) => string;
  key: (key: string) => string;
  number: (value: number) => string;
  true: string;
  false: string;
  null: string;
};

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const python: Dialect = {
  indent: '    ',
  string: pythonStringLiteral,
  key: pythonStringLiteral,
  // JSON.parse turns an overflowing literal such as 1e400 into Infinity; json.loads gives inf.
  number: (value) =>
    Number.isFinite(value) ? String(value) : `float("${value > 0 ? 'inf' : '-inf'}")`,
  true: 'True',
  false: 'False',
  null: 'None',
};

const javaScript: Dialect = {
  indent: '  ',
  string: javaScriptStringLiteral,
  // A literal "__proto__" key would set the prototype instead of adding a member; a computed
  // key does not, so the object keeps exactly the keys JSON.parse gives it.
  key: (key) =>
    key === '__proto__'
      ? `[${javaScriptStringLiteral(key)}]`
      : IDENTIFIER.test(key)
        ? key
        : javaScriptStringLiteral(key),
  number: (value) => (Object.is(value, -0) ? '-0' : String(value)),
  true: 'true',
  false: 'false',
  null: 'null',
};

function render(value: JsonValue, dialect: Dialect, depth: number): string {
  if (value === null) return dialect.null;
  if (typeof value === 'boolean') return value ? dialect.true : dialect.false;
  if (typeof value === 'number') return dialect.number(value);
  if (typeof value === 'string') return dialect.string(value);
  const inner = dialect.indent.repeat(depth + 1);
  const items = Array.isArray(value)
    ? value.map((item) => render(item, dialect, depth + 1))
    : Object.entries(value).map(
        ([key, item]) => `${dialect.key(key)}: ${render(item, dialect, depth + 1)}`,
      );
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (items.length === 0) return open + close;
  const lines = items.map((item) => `${inner}${item},\n`).join('');
  return `${open}\n${lines}${dialect.indent.repeat(depth)}${close}`;
}

/** A Python expression (dict/list/str/int/float/True/False/None) equal to `value`. */
export function toPythonLiteral(value: JsonValue, depth = 0): string {
  return render(value, python, depth);
}

/** A JavaScript expression equal to `value`; every key stays an own data property. */
export function toJavaScriptLiteral(value: JsonValue, depth = 0): string {
  return render(value, javaScript, depth);
}
