import { CONFIG_CASES_DIR } from '../testing/config-cases';
import { outputConfigJsonSchema, requestJsonSchema } from '../domain/schema/json-schema';
import { run } from './run';

async function* stdinOf(text: string) {
  yield new TextEncoder().encode(text);
}

async function runWith(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdin: stdinOf(stdin),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    version: '9.9.9',
  });
  return { code, stdout, stderr };
}

const VALID =
  '{"S3OutputLocation": "s3://models-bucket/out", "TargetDevice": "ml_c5", "CompilerOptions": "{\\"mcpu\\":\\"skylake-avx512\\"}"}';
const WARNED = '{"S3OutputLocation": "s3://models-bucket/out", "TargetDevice": "ml_c5"}';

describe('neo-config run', () => {
  it('checks standard input for "-" and exits 0 for a valid file', async () => {
    expect(await runWith(['check', '-'], VALID)).toEqual({
      code: 0,
      stdout: '-: Valid\n',
      stderr: '',
    });
  });

  it('exits 0 with warnings, 1 with --warnings-as-errors', async () => {
    expect((await runWith(['check', '-'], WARNED)).code).toBe(0);
    expect((await runWith(['check', '--warnings-as-errors', '-'], WARNED)).code).toBe(1);
  });

  it('reads standard input once when "-" is given twice', async () => {
    const { code, stdout } = await runWith(['check', '--format', 'json', '-', '-'], VALID);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      { file: '-', valid: true, errors: [], warnings: [] },
      { file: '-', valid: true, errors: [], warnings: [] },
    ]);
  });

  it('exits 1 when a file has an error, 2 when one cannot be read, keeping input order', async () => {
    const invalid = `${CONFIG_CASES_DIR}invalid-both-targets.json`;
    const broken = `${CONFIG_CASES_DIR}unreadable-missing-comma.json`;
    expect((await runWith(['check', '-', invalid], VALID)).code).toBe(1);
    const { code, stdout, stderr } = await runWith(
      ['check', '--format', 'json', broken, invalid, '-'],
      VALID,
    );
    expect(code).toBe(2);
    expect(
      JSON.parse(stdout).map((result: { file: string; valid: boolean }) => [
        result.file,
        result.valid,
      ]),
    ).toEqual([
      [broken, false],
      [invalid, false],
      ['-', true],
    ]);
    expect(stderr).toMatch(
      /cannot check .*unreadable-missing-comma\.json: Line 3, column 3: Not valid JSON/,
    );
  });

  it('prints the schemas', async () => {
    const schema = await runWith(['schema']);
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.stdout)).toEqual(outputConfigJsonSchema());
    expect(JSON.parse((await runWith(['schema', '--request'])).stdout)).toEqual(
      requestJsonSchema(),
    );
  });

  it('exits 2 with the usage on a wrong command line', async () => {
    const { code, stdout, stderr } = await runWith(['check', '--format', 'yaml', '-']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^neo-config: --format takes text, json, sarif, not 'yaml'\n\nUsage:/);
  });

  it('prints help and version', async () => {
    expect((await runWith(['--help'])).stdout).toMatch(/^Usage:\n {2}neo-config check/);
    expect(await runWith(['--version'])).toEqual({ code: 0, stdout: '9.9.9\n', stderr: '' });
  });
});
