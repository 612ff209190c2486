import { parseCommandLine } from './args';

describe('parseCommandLine', () => {
  it('reads check with its files in order, text by default', () => {
    expect(parseCommandLine(['check', 'a.json', '-', 'b.json'])).toEqual({
      ok: true,
      value: {
        command: 'check',
        files: ['a.json', '-', 'b.json'],
        format: 'text',
        warningsAsErrors: false,
      },
    });
  });

  it('reads --format and --warnings-as-errors anywhere on the line', () => {
    expect(
      parseCommandLine(['check', '--format', 'sarif', 'a.json', '--warnings-as-errors']),
    ).toEqual({
      ok: true,
      value: { command: 'check', files: ['a.json'], format: 'sarif', warningsAsErrors: true },
    });
    expect(parseCommandLine(['check', '--format=json', 'a.json'])).toMatchObject({
      ok: true,
      value: { format: 'json' },
    });
  });

  it('reads schema and schema --request', () => {
    expect(parseCommandLine(['schema'])).toEqual({
      ok: true,
      value: { command: 'schema', request: false },
    });
    expect(parseCommandLine(['schema', '--request'])).toEqual({
      ok: true,
      value: { command: 'schema', request: true },
    });
  });

  it('reads help and version', () => {
    expect(parseCommandLine(['--help'])).toEqual({ ok: true, value: { command: 'help' } });
    expect(parseCommandLine(['help'])).toEqual({ ok: true, value: { command: 'help' } });
    expect(parseCommandLine(['--version'])).toEqual({ ok: true, value: { command: 'version' } });
  });

  it.each([
    [[], /No command/],
    [['lint', 'a.json'], /Unknown command 'lint'/],
    [['check'], /at least one FILE/],
    [['check', '--format', 'xml', 'a.json'], /--format takes text, json, sarif, not 'xml'/],
    [['check', '--fromat', 'json', 'a.json'], /Unknown option '--fromat'/],
    [['check', '--request', 'a.json'], /--request belongs to schema/],
    [['schema', 'a.json'], /schema takes no file/],
    [['schema', '--format', 'json'], /schema takes only --request/],
  ])('refuses %j with a message', (args, message) => {
    const parsed = parseCommandLine(args);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
