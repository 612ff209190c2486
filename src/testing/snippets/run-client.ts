/**
 * Test support: runs a snippet with a real client in a child process, isolated from any AWS
 * configuration on the machine. Asynchronous on purpose: the recording endpoint lives in the
 * test's own process, so a synchronous spawn would block it from answering.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHILD_TIMEOUT_MS = 15_000;

/** Per-test bound for tests that start real clients: one child plus margin. */
export const CLIENT_TEST_TIMEOUT_MS = 20_000;

/** The region the environment gives clients; neither single-region target lives there. */
export const ENV_REGION = 'eu-west-1';

export type ClientRun = { stdout: string; stderr: string };

/** Runs `command args` and resolves with its output; rejects with stderr when it fails. */
export function runClient(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<ClientRun> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { env, timeout: CHILD_TIMEOUT_MS, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${command} failed: ${error.message}\n${stderr}`));
        else resolve({ stdout, stderr });
      },
    );
  });
}

/**
 * The environment without any AWS_* variable from the machine, plus dummy credentials, no
 * shared config files, one attempt per call and the endpoint the client must use.
 */
export function isolatedAwsEnv(workDir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('AWS_')) env[key] = value;
  }
  return {
    ...env,
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
    AWS_CONFIG_FILE: join(workDir, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(workDir, 'no-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_MAX_ATTEMPTS: '1',
    AWS_REGION: ENV_REGION,
    AWS_DEFAULT_REGION: ENV_REGION,
    ...extra,
  };
}

/** True when `command args` exits 0 (used to skip a client that is not installed). */
export function commandSucceeds(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: CHILD_TIMEOUT_MS });
    return true;
  } catch {
    return false;
  }
}

/**
 * The python3 interpreter's own path, or undefined when there is none. Calling it directly
 * skips version-manager shims (pyenv), which cost ~70 ms per start.
 */
export function findPython(): string | undefined {
  try {
    const program = 'import sys; print(sys.executable)';
    const path = execFileSync('python3', ['-c', program], {
      encoding: 'utf8',
      timeout: CHILD_TIMEOUT_MS,
    });
    return path.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The values of Python expressions, read back through json.dumps (ASCII-only, so lossless).
 * One interpreter start for the whole batch keeps property tests quick.
 */
export function evaluatePython(python: string, expressions: string[]): unknown[] {
  const program = `import json, sys\nsys.stdout.write(json.dumps([\n${expressions.join(',\n')}\n]))\n`;
  const output = execFileSync(python, ['-'], {
    input: program,
    encoding: 'utf8',
    timeout: CHILD_TIMEOUT_MS,
  });
  return JSON.parse(output) as unknown[];
}

/** A fresh temporary directory under `parent` (the OS temp dir by default). */
export function makeTempDir(prefix: string, parent = tmpdir()): string {
  return mkdtempSync(join(parent, prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
