import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { shellQuote, shellWord } from './shell-quote';
import { commandSucceeds } from '../../testing/snippets/run-client';

/** What a real shell makes of `printf %s <word>`: the argument it received. */
function shellReceives(shell: string, word: string): string {
  return execFileSync(shell, ['-c', `printf '%s' ${word}`], { encoding: 'utf8', timeout: 15_000 });
}

const NASTY_CHARS = ["'", '"', '\\', '$', '`', '\n', '\r', '\t', '!', '*', '~', ' ', 'é', '🙂'];
const nastyString = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...NASTY_CHARS),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

describe('shellQuote', () => {
  it.each([
    ['', "''"],
    ['plain', "'plain'"],
    ["it's", `'it'\\''s'`],
    ["''", `''\\'''\\'''`],
    ['$HOME `id` $(id) \\ "q"', `'$HOME \`id\` $(id) \\ "q"'`],
    ['a\nb', "'a\nb'"],
  ])('quotes %j as %s', (value, quoted) => {
    expect(shellQuote(value)).toBe(quoted);
  });

  it('refuses a NUL character, which no shell argument can hold', () => {
    expect(() => shellQuote('a\0b')).toThrow(RangeError);
  });

  it.each([
    ['bash', '/bin/bash'],
    ['sh (dash)', '/bin/sh'],
  ])('%s receives exactly the quoted value, for any string', (_name, shell) => {
    fc.assert(
      fc.property(
        nastyString.filter((s) => !s.includes('\0')),
        (value) => {
          expect(shellReceives(shell, shellQuote(value))).toBe(value);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('shellWord', () => {
  it.each([
    ['us-east-2', 'us-east-2'],
    ['REPLACE-compilation-job-name', 'REPLACE-compilation-job-name'],
    ['arn:aws:iam::111122223333:role/x', 'arn:aws:iam::111122223333:role/x'],
    ['', "''"],
    ['~', "'~'"],
    ['=ls', "'=ls'"],
    ['a b', "'a b'"],
    ['$x', "'$x'"],
  ])('writes %j as %s', (value, word) => {
    expect(shellWord(value)).toBe(word);
  });

  it.skipIf(!commandSucceeds('bash', ['-c', 'true']))('bare words reach bash unchanged', () => {
    expect(shellReceives('bash', shellWord('us-east-2'))).toBe('us-east-2');
  });
});
