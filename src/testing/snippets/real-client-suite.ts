/**
 * Test support: the one suite every snippet runs through with its real client (AWS CLI, boto3,
 * SDK v3): each hostile OutputConfig is written out, run against a local recording SageMaker
 * endpoint, and must arrive there exactly. A missing client skips the suite on a developer's
 * machine but fails it in CI (process.env.CI), saying what to install.
 */
import { join } from 'node:path';
import { regionForDraft } from '../../domain/snippets/snippet-input';
import { HOSTILE_OUTPUT_CONFIGS, previewText } from './hostile-output-configs';
import {
  expectedRequestBody,
  RECORDED_JOB_ARN,
  runSnippetAgainst,
  startRecordingEndpoint,
  type RecordingEndpoint,
} from './recording-endpoint';
import { CLIENT_TEST_TIMEOUT_MS, ENV_REGION, makeTempDir, removeDir } from './run-client';

export type RealClient = {
  /** What runs the snippet, as it reads in the suite's title ("the real AWS CLI"). */
  name: string;
  /** Undefined when the client can run; otherwise what is missing and how to install it. */
  missing: string | undefined;
  /** The snippet for an OutputConfig JSON text and the region it pins, if any. */
  build: (input: { outputConfigJson: string; region?: string }) => string;
  /** The file the nth snippet is written to, inside the suite's temporary directory. */
  fileName: (n: number) => string;
  /**
   * The program and arguments that run a written snippet; `region` is the one the snippet pins,
   * for a client that takes it on the command line (the --cli-input-json file cannot hold it).
   */
  command: (file: string, region?: string) => [program: string, args: string[]];
  /** What the snippet printed, read as `{ CompilationJobArn }` (see `printedLine`). */
  printed: (stdout: string) => unknown;
  /** Where the temporary directory goes (SDK v3 needs it inside the project). */
  parentDir?: string;
};

/** Reads a script that prints the ARN on a line of its own; anything else stays as printed. */
export function printedLine(stdout: string): unknown {
  const [line, ...rest] = stdout.split('\n');
  return rest.length === 1 && rest[0] === '' ? { CompilationJobArn: line } : { stdout };
}

/** Declares the real-client suite, or the reason it cannot run (a failure in CI). */
export function describeRealClient(client: RealClient): void {
  const title = `the snippet run by ${client.name} against a local SageMaker endpoint`;
  if (client.missing !== undefined) {
    if (process.env.CI) {
      describe(title, () => {
        it('has its client installed (CI runs every client)', () => {
          throw new Error(`${client.name} cannot run: ${client.missing}`);
        });
      });
    } else {
      describe.skip(`${title} (skipped: ${client.missing})`, () => {
        it('needs its client', () => undefined);
      });
    }
    return;
  }
  describe(title, { timeout: CLIENT_TEST_TIMEOUT_MS }, () => {
    let endpoint: RecordingEndpoint;
    let dir = '';
    let n = 0;

    beforeAll(async () => {
      endpoint = await startRecordingEndpoint();
      dir = makeTempDir('snippet-real-client-', client.parentDir);
    });
    afterAll(async () => {
      await endpoint.close();
      removeDir(dir);
    });

    it.each(HOSTILE_OUTPUT_CONFIGS)('sends $name exactly', async ({ config }) => {
      n += 1;
      const file = join(dir, client.fileName(n));
      const outputConfigJson = previewText(config);
      const region = regionForDraft(config);
      const { stdout, sent } = await runSnippetAgainst(endpoint, {
        file,
        text: client.build({ outputConfigJson, region }),
        command: client.command(file, region),
      });
      expect(client.printed(stdout)).toEqual({ CompilationJobArn: RECORDED_JOB_ARN });
      expect(sent).toEqual({
        target: 'SageMaker.CreateCompilationJob',
        signedRegion: region ?? ENV_REGION,
        body: expectedRequestBody(outputConfigJson),
      });
    });
  });
}
