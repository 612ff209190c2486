/**
 * The entry of the built `neo-config` bin (vite.cli.config.ts bundles it, with its `#!` line,
 * into dist-cli/neo-config.mjs). Output is written before the exit code is set, and the process
 * ends when it is flushed, so nothing piped into another tool is cut short.
 */
import { version } from '../../package.json';
import { EXIT_UNREADABLE } from './report';
import { run } from './run';

// A reader that stops early (`neo-config check … | head -1`) closes the pipe: that ends the
// output, not the command, which goes on to its exit code; it is no crash.
const CLOSED_PIPE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (!CLOSED_PIPE.has(error.code ?? '')) throw error;
  });
}

// run() never throws; this only keeps the promise that anything else is a one-line message.
process.on('uncaughtException', (error) => {
  process.stderr.write(`neo-config: internal error: ${error.message}\n`);
  process.exit(EXIT_UNREADABLE);
});

const code = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  version,
});
process.exitCode = code;
