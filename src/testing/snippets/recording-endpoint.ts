/**
 * Test support: a local stand-in for the SageMaker endpoint. It records each request and
 * answers CreateCompilationJob the way the real service does (awsJson1_1), so a real client
 * (AWS CLI, boto3, SDK v3) runs a snippet to completion without reaching AWS.
 */
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import {
  INPUT_CONFIG_PLACEHOLDER,
  JOB_NAME_PLACEHOLDER,
  ROLE_ARN_PLACEHOLDER,
  STOPPING_CONDITION,
} from '../../domain/snippets/placeholders';
import { isolatedAwsEnv, runClient, type ClientRun } from './run-client';

export const RECORDED_JOB_ARN = 'arn:aws:sagemaker:us-east-1:111122223333:compilation-job/x';

export type RecordedRequest = { method: string; headers: IncomingHttpHeaders; body: string };

export type RecordingEndpoint = {
  url: string;
  requests: RecordedRequest[];
  close: () => Promise<void>;
};

/** What the client sent in its last request, decoded. */
export type SentJob = { target: unknown; signedRegion: string | undefined; body: unknown };

/** The last request, with the region its SigV4 signature is scoped to. */
export function lastSentJob(endpoint: RecordingEndpoint): SentJob {
  const request = endpoint.requests.at(-1);
  if (request === undefined) throw new Error('The client sent no request.');
  const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\/sagemaker\//.exec(
    request.headers.authorization ?? '',
  );
  return {
    target: request.headers['x-amz-target'],
    signedRegion: scope?.[1],
    body: JSON.parse(request.body) as unknown,
  };
}

/**
 * Writes a snippet to `file`, runs it with its real client against the endpoint (in an
 * environment with no AWS settings from the machine) and answers what the client printed and
 * the request it sent.
 */
export async function runSnippetAgainst(
  endpoint: RecordingEndpoint,
  snippet: { file: string; text: string; command: [program: string, args: string[]] },
): Promise<ClientRun & { sent: SentJob }> {
  writeFileSync(snippet.file, snippet.text);
  endpoint.requests.length = 0;
  const [program, args] = snippet.command;
  const run = await runClient(
    program,
    args,
    isolatedAwsEnv(dirname(snippet.file), { AWS_ENDPOINT_URL_SAGEMAKER: endpoint.url }),
  );
  return { ...run, sent: lastSentJob(endpoint) };
}

/** The request body every snippet must produce for a given preview text. */
export function expectedRequestBody(outputConfigJson: string): unknown {
  return {
    CompilationJobName: JOB_NAME_PLACEHOLDER,
    RoleArn: ROLE_ARN_PLACEHOLDER,
    InputConfig: INPUT_CONFIG_PLACEHOLDER,
    OutputConfig: JSON.parse(outputConfigJson) as unknown,
    StoppingCondition: STOPPING_CONDITION,
  };
}

/** Starts the endpoint on 127.0.0.1 with a free port. */
export async function startRecordingEndpoint(): Promise<RecordingEndpoint> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      response.end(JSON.stringify({ CompilationJobArn: RECORDED_JOB_ARN }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        // Clients keep connections alive; close them so close() does not wait on them.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
