/**
 * `neo-config`: the page's rules, headless (SPEC §5.9, §11). Everything the command touches is
 * passed in (arguments, standard input, the two outputs), so tests run it in-process; it never
 * throws and never reaches the network.
 */
import { outputConfigJsonSchema, requestJsonSchema } from '../domain/schema/json-schema';
import { parseCommandLine, USAGE, type Command } from './args';
import { checkDocument } from './check-document';
import { loadDevices } from './devices';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { readInput } from './read-input';
import { EXIT_UNREADABLE, EXIT_VALID, exitCodeOf, unreadableText, type FileReport } from './report';
import { errorText } from '../lib/error-text';

export type Io = {
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  version: string;
};

export async function run(args: readonly string[], io: Io): Promise<number> {
  try {
    const parsed = parseCommandLine(args);
    if (!parsed.ok) {
      io.stderr(`neo-config: ${parsed.message}\n\n${USAGE}`);
      return EXIT_UNREADABLE;
    }
    return await runCommand(parsed.value, io);
  } catch (error) {
    // Only a bug gets here: say so in one line, never with a stack trace.
    io.stderr(`neo-config: internal error: ${errorText(error)}\n`);
    return EXIT_UNREADABLE;
  }
}

async function runCommand(command: Command, io: Io): Promise<number> {
  switch (command.command) {
    case 'help':
      io.stdout(USAGE);
      return EXIT_VALID;
    case 'version':
      io.stdout(`${io.version}\n`);
      return EXIT_VALID;
    case 'schema': {
      const schema = command.request ? requestJsonSchema() : outputConfigJsonSchema();
      io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
      return EXIT_VALID;
    }
    case 'check': {
      const devices = loadDevices();
      const reports: FileReport[] = [];
      let stdinText: Awaited<ReturnType<typeof readInput>> | undefined;
      for (const file of command.files) {
        // Standard input can be read once; "-" given twice checks the same text twice.
        const read =
          file === '-'
            ? (stdinText ??= await readInput(file, io.stdin))
            : await readInput(file, io.stdin);
        reports.push({
          file,
          check: read.ok ? checkDocument(read.text, devices) : { ok: false, message: read.message },
        });
      }
      if (command.format === 'text') {
        const { stdout, stderr } = formatText(reports);
        io.stdout(stdout);
        io.stderr(stderr);
      } else {
        io.stdout(
          command.format === 'json' ? formatJson(reports) : formatSarif(reports, io.version),
        );
        for (const { file, check } of reports) {
          if (!check.ok) io.stderr(`neo-config: cannot check ${file}: ${unreadableText(check)}\n`);
        }
      }
      return exitCodeOf(reports, command.warningsAsErrors);
    }
  }
}
