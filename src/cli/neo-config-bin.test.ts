/**
 * The built `neo-config` (SPEC 5.9, 11.3), run as a user runs it, on the files the page's own tests
 * use: its verdict on each must be the page's (one source of truth: a disagreement is a bug). The
 * bin is built here, from the current source, into a temporary folder, so the test never runs a
 * stale build and needs no `npm run build` first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { outputConfigJsonSchema, requestJsonSchema } from '../domain/schema/json-schema';
import { CONFIG_CASES, pageVerdict, type ConfigCase } from '../testing/config-cases';
import cliConfig, { CLI_FILE, CLI_OUT_DIR } from '../../vite.cli.config';
import packageJson from '../../package.json';
import type { JsonFileResult } from './format-json';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'neo-config-bin-'));
const bin = join(outDir, CLI_FILE);
const work = mkdtempSync(join(tmpdir(), 'neo-config-files-'));

beforeAll(() => {
  // Vite reads NODE_ENV; the test runner's "test" is not a production build.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  const build = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '-c',
      'vite.cli.config.ts',
      '--outDir',
      outDir,
      '--logLevel',
      'error',
    ],
    { cwd: root, env, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`The CLI build failed:\n${build.stderr}${build.stdout}`);
}, 120_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

function neoConfig(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    cwd: work,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const casesOf = (...verdicts: ConfigCase['expected'][]) =>
  CONFIG_CASES.filter((testCase) => verdicts.includes(testCase.expected));
const brief = (problems: { field: string; message: string }[]) =>
  problems.map(({ field, message }) => ({ field, message }));

describe('the built neo-config bin', () => {
  it('is the bin package.json names: one Node ESM file with a #! line', () => {
    expect(packageJson.bin).toEqual({ 'neo-config': `${CLI_OUT_DIR}/${CLI_FILE}` });
    expect(cliConfig.build?.outDir).toBe(CLI_OUT_DIR);
    expect(readdirSync(outDir)).toEqual([CLI_FILE]);
    expect(readFileSync(bin, 'utf8').split('\n', 1)[0]).toBe('#!/usr/bin/env node');
  });

  it('never reaches the network: its only imports are the file system and argument parsing', () => {
    const code = readFileSync(bin, 'utf8');
    const imports = [
      ...code.matchAll(/from\s*"([^"]+)"|import\(\s*"([^"]+)"\)|require\(\s*"([^"]+)"\)/g),
    ].map((match) => match[1] ?? match[2] ?? match[3]);
    expect([...new Set(imports)].sort()).toEqual(['node:fs/promises', 'node:util']);
    expect(code).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket/);
  });

  it("gives the page's verdict on every case the page is tested on, in input order", () => {
    const { code, stdout } = neoConfig([
      'check',
      '--format',
      'json',
      ...CONFIG_CASES.map((c) => c.path),
    ]);
    expect(code).toBe(2);
    const results = JSON.parse(stdout) as JsonFileResult[];
    expect(results.map((result) => result.file)).toEqual(CONFIG_CASES.map((c) => c.path));
    CONFIG_CASES.forEach((testCase, index) => {
      const result = results[index]!;
      const page = pageVerdict(testCase.text);
      expect(result.valid, testCase.name).toBe(testCase.expected === 'valid');
      if (!page.readable) {
        expect(testCase.expected).toBe('unreadable');
        expect(result.errors).toEqual([
          {
            field: '',
            // As the page's Import dialog says it.
            message: page.line
              ? `Line ${page.line}, column ${page.column}: ${page.message}`
              : page.message,
            ...(page.line ? { line: page.line, column: page.column } : {}),
          },
        ]);
        return;
      }
      expect(result.valid, testCase.name).toBe(page.valid);
      expect(brief(result.errors), testCase.name).toEqual(brief(page.errors));
      expect(brief(result.warnings), testCase.name).toEqual(brief(page.warnings));
    });
  });

  it('exits 0 when no file has an error, 1 when one has, 2 when one cannot be parsed', () => {
    const paths = (...verdicts: ConfigCase['expected'][]) =>
      casesOf(...verdicts).map((c) => c.path);
    expect(neoConfig(['check', ...paths('valid')]).code).toBe(0);
    expect(neoConfig(['check', ...paths('valid', 'invalid')]).code).toBe(1);
    const broken = neoConfig(['check', `${CONFIG_CASES_PATH}unreadable-missing-comma.json`]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/: Line 3, column 3: Not valid JSON/);
  });

  it('reads standard input for "-" and prints SARIF with one located result per problem', () => {
    const testCase = CONFIG_CASES.find((c) => c.name === 'invalid-every-kind.json')!;
    const { code, stdout } = neoConfig(['check', '--format', 'sarif', '-'], testCase.text);
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(log.version).toBe('2.1.0');
    const page = pageVerdict(testCase.text);
    if (!page.readable) throw new Error('readable');
    const results = log.runs[0].results as {
      ruleId: string;
      locations: { physicalLocation: { region?: object } }[];
    }[];
    expect(results.map((result) => result.ruleId)).toEqual(
      [...page.errors, ...page.warnings].map((problem) => problem.field),
    );
    for (const result of results)
      expect(result.locations[0]!.physicalLocation.region).toBeDefined();
  });

  it('ends with its verdict and no trace when the reader closes the pipe early (| head -1)', async () => {
    // Enough output to outlast the pipe's buffer: the cases with errors, 40 times over.
    const files = Array.from({ length: 40 }, () => casesOf('invalid').map((c) => c.path)).flat();
    const child = spawn(process.execPath, [bin, 'check', '--format', 'sarif', ...files]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stderr).toBe('');
  });

  describe('on hostile input', () => {
    const HOSTILE = [
      ['nesting-60000.json', `${'['.repeat(60_000)}${']'.repeat(60_000)}`, /over 32 KiB/],
      ['two-megabytes.json', `{"S3OutputLocation": "${'x'.repeat(2_000_000)}"}`, /over 32 KiB/],
      [
        'nesting-5000.json',
        `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`,
        /deeper than 64 levels/,
      ],
      [
        'proto.json',
        '{"__proto__": {"polluted": true}, "TargetDevice": "ml_c5"}',
        /"__proto__" is not allowed/,
      ],
      ['binary.json', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0x00, 0x13]), /binary, not text/],
      ['latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]), /not UTF-8 text/],
    ] as const;
    const files = HOSTILE.map(([name, content]) => {
      const file = join(work, name);
      writeFileSync(file, content);
      return file;
    });

    it('refuses each with a clear message and exit 2, never a stack trace', () => {
      const text = neoConfig(['check', ...files]);
      expect(text.code).toBe(2);
      const lines = text.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(HOSTILE.length);
      HOSTILE.forEach(([name, , message], index) => {
        expect(lines[index]).toContain(name);
        expect(lines[index]).toMatch(message);
      });
      expect(`${text.stdout}${text.stderr}`).not.toMatch(/^\s+at /m);

      const json = neoConfig(['check', '--format', 'json', ...files]);
      expect(json.code).toBe(2);
      const results = JSON.parse(json.stdout) as JsonFileResult[];
      HOSTILE.forEach(([, , message], index) => {
        expect(results[index]).toMatchObject({ valid: false, warnings: [] });
        expect(results[index]!.errors[0]!.message).toMatch(message);
      });
    });

    it('refuses them through standard input too', () => {
      for (const index of [0, 4]) {
        const [, content, message] = HOSTILE[index]!;
        const piped = neoConfig(['check', '-'], content);
        expect(piped.code).toBe(2);
        expect(piped.stderr).toMatch(message);
      }
    });
  });

  it('prints JSON Schemas that a real validator compiles', () => {
    const ajv = new Ajv2020({ strict: true });
    const schema = JSON.parse(neoConfig(['schema']).stdout);
    expect(schema).toEqual(outputConfigJsonSchema());
    expect(ajv.compile(schema)({ S3OutputLocation: 's3://b/x', TargetDevice: 'ml_c5' })).toBe(true);
    const request = JSON.parse(neoConfig(['schema', '--request']).stdout);
    expect(request).toEqual(requestJsonSchema());
    expect(() => ajv.compile(request)).not.toThrow();
  });
});

const CONFIG_CASES_PATH = CONFIG_CASES[0]!.path.slice(0, -CONFIG_CASES[0]!.name.length);
