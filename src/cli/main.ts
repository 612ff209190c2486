/**
 * The entry of the built `neo-config` bin (vite.cli.config.ts bundles it, with its `#!` line,
 * into dist-cli/neo-config.mjs). Output is written before the exit code is set, and the process
 * ends when it is flushed, so nothing piped into another tool is cut short.
 */
import { version } from '../../package.json';
import { run } from './run';

const code = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  version,
});
process.exitCode = code;
