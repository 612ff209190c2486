/** The command line of `neo-config`: a command, its files and its options. */
import { parseArgs } from 'node:util';
import { errorText } from '../lib/error-text';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export type Command =
  | { command: 'check'; files: string[]; format: Format; warningsAsErrors: boolean }
  | { command: 'schema'; request: boolean }
  | { command: 'help' }
  | { command: 'version' };

export type ParsedArgs = { ok: true; value: Command } | { ok: false; message: string };

export const USAGE = `Usage:
  neo-config check [--format text|json|sarif] [--warnings-as-errors] FILE... | -
  neo-config schema [--request]
  neo-config --help | --version

check   Applies the Neo Target Configurator's rules to each file: an OutputConfig, a
        CreateCompilationJob request, a DescribeCompilationJob response or boto3's
        OutputConfig={...} ("-" reads standard input; at most 32 KiB each).
        Exit 0: no file has an error (warnings allowed); 1: a file has an error (or a
        warning, with --warnings-as-errors); 2: a file cannot be read or parsed.
schema  Prints the JSON Schema (draft 2020-12) of the OutputConfig, or with --request of
        the whole CreateCompilationJob request.
`;

/** Parses the arguments after `node neo-config`; never throws. */
export function parseCommandLine(args: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'warnings-as-errors': { type: 'boolean' },
        request: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    return { ok: false, message: errorText(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, value: { command: 'help' } };
  if (values.version) return { ok: true, value: { command: 'version' } };
  const [command, ...rest] = positionals;
  if (command === undefined) return { ok: false, message: 'No command given' };
  if (command === 'help') return { ok: true, value: { command: 'help' } };
  if (command === 'schema') {
    if (rest.length > 0) return { ok: false, message: `schema takes no file, got ${rest[0]}` };
    if (values.format !== undefined || values['warnings-as-errors']) {
      return { ok: false, message: 'schema takes only --request' };
    }
    return { ok: true, value: { command: 'schema', request: values.request ?? false } };
  }
  if (command !== 'check') return { ok: false, message: `Unknown command '${command}'` };
  if (values.request) return { ok: false, message: '--request belongs to schema' };
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    return { ok: false, message: `--format takes ${FORMATS.join(', ')}, not '${format}'` };
  }
  if (rest.length === 0)
    return { ok: false, message: 'check needs at least one FILE, or - for standard input' };
  return {
    ok: true,
    value: {
      command: 'check',
      files: rest,
      format: format as Format,
      warningsAsErrors: values['warnings-as-errors'] ?? false,
    },
  };
}
