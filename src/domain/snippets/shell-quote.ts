/**
 * POSIX shell quoting. Inside single quotes every byte is literal ($, `, \, ", newlines,
 * non-ASCII), so the only character that needs care is the single quote itself, which is
 * written as '\'' (close, escaped quote, reopen). This holds for bash, dash, zsh and ksh.
 */

/** Characters that never need quoting in any POSIX shell, whatever their position. */
const BARE_WORD = /^[A-Za-z0-9_./:,+@-]+$/;

/** The value as one single-quoted shell word; throws on NUL, which no argv can carry. */
export function shellQuote(value: string): string {
  if (value.includes('\0'))
    throw new RangeError('A shell argument cannot contain a NUL character.');
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** The value as one shell word, left bare when that is already safe (e.g. us-east-2). */
export function shellWord(value: string): string {
  return BARE_WORD.test(value) ? value : shellQuote(value);
}
