/**
 * Splits pasted text into the lines the recognisers read. Pasted text is untrusted and may be
 * a megabyte of anything, so this walks it once with indexOf (no regular expression over the
 * whole text) and leaves over-long lines unread: no real probe line is longer than an x86
 * `flags` line (about 2 KiB).
 */
export const MAX_READ_LINE_LENGTH = 4096;
/**
 * Lines read at most: every §7.1 command together prints a few thousand lines (cpuinfo of a
 * 96-core host about 2,600), so a longer paste is cut here, which bounds the time.
 */
export const MAX_READ_LINES = 10_000;
const MAX_SHOWN_LENGTH = 160;

// eslint-disable-next-line no-control-regex -- terminal colour codes start with ESC
const ANSI_COLOUR = /\u001b\[[0-9;]{0,20}m/g;
/** Control characters other than tab and NUL (compatible lists are NUL-separated). */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const BINARY = /[\u0001-\u0008\u000b-\u001f\u007f]/;

/** Shell commands whose output the recognisers know; a line starting with one is a command. */
const COMMANDS = [
  'uname',
  'dpkg',
  'dpkg-query',
  'getconf',
  'readelf',
  'cat',
  'tr',
  'lscpu',
  'nvidia-smi',
  'nvcc',
  'apt',
  'apt-cache',
  'getprop',
  'adb',
  'python',
  'python3',
  'jetson_release',
  'trtexec',
] as const;
const COMMAND_SET: ReadonlySet<string> = new Set(COMMANDS);

export type ProbeLine = { line: number; text: string };

/** The line as the dialog shows it: control characters as spaces, long lines shortened. */
export function shownText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  const shown = text.slice(0, MAX_SHOWN_LENGTH).replace(/[\u0000-\u001f\u007f]/g, ' ');
  return text.length > MAX_SHOWN_LENGTH ? `${shown}…` : shown;
}

/**
 * Every non-blank line short enough to read, with its 1-based number, up to MAX_READ_LINES;
 * `cut` says whether the text went on beyond that.
 */
export function probeLines(text: string): { lines: ProbeLine[]; cut: boolean } {
  const all = text.split(/\r\n|\r|\n/, MAX_READ_LINES + 1);
  const lines: ProbeLine[] = [];
  all.slice(0, MAX_READ_LINES).forEach((raw, index) => {
    if (raw.length > MAX_READ_LINE_LENGTH) return;
    // jetson_release colours its output; the colour codes are not part of what it says.
    const line = (raw.includes('\u001b') ? raw.replace(ANSI_COLOUR, '') : raw).trim();
    // Command output is text: a line with other control characters is binary, not read.
    if (line !== '' && !BINARY.test(line)) lines.push({ line: index + 1, text: line });
  });
  return { lines, cut: all.length > MAX_READ_LINES };
}

/**
 * The command a line runs, lower-cased, when it is a shell command (with or without a prompt
 * such as `$ `, `# ` or `user@host:~$ `); otherwise null. `# R32 (release)` is no command.
 */
export function commandOf(text: string): string | null {
  const words = text.split(/\s+/, 8);
  for (let index = 0; index < Math.min(words.length, 3); index += 1) {
    const word = (words[index] ?? '').toLowerCase();
    if (COMMAND_SET.has(word)) return words.slice(index).join(' ').toLowerCase();
    if (!isPrompt(word)) return null;
  }
  return null;
}

function isPrompt(word: string): boolean {
  return (
    word === '$' ||
    word === '#' ||
    word === '>' ||
    /^[\w.@~:/-]{0,64}[$#>]$/.test(word) ||
    /^[\w.-]{1,32}@[\w.-]{1,64}(:[\w.~/-]{0,64})?$/.test(word)
  );
}
