/**
 * `--format sarif`: SARIF 2.1.0 (OASIS), which code-scanning services and editors read. One
 * result per problem, each located: the file (artifactLocation), the line and column of the
 * field where the text gives them (region), and the field's JSON pointer (a logical location,
 * and in the result's properties with the field's API name and the fix). A result's rule is the
 * field it is about, so a service groups the same problem across files.
 */
import type { Finding } from './check-document';
import type { Position } from './json-positions';
import { unreadableText, type FileReport } from './report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const UNREADABLE_RULE = 'unreadable';

type SarifResult = {
  ruleId: string;
  level: 'error' | 'warning';
  message: { text: string };
  locations: unknown[];
  properties?: Record<string, string>;
};

/** A path as a relative URI reference (forward slashes, spaces and the like escaped). */
export function artifactUri(file: string): string {
  return encodeURI(file.replace(/\\/g, '/')).replace(/[?#]/g, encodeURIComponent);
}

function location(file: string, position: Position | undefined, pointer?: string): unknown {
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(file) },
      ...(position ? { region: { startLine: position.line, startColumn: position.column } } : {}),
    },
    ...(pointer === undefined
      ? {}
      : { logicalLocations: [{ fullyQualifiedName: pointer || '/', kind: 'member' }] }),
  };
}

function resultOf(file: string, finding: Finding): SarifResult {
  return {
    ruleId: finding.field,
    level: finding.severity,
    message: { text: finding.fix ? `${finding.message} (fix: ${finding.fix})` : finding.message },
    locations: [location(file, finding.position, finding.pointer)],
    properties: {
      field: finding.field,
      jsonPointer: finding.pointer,
      ...(finding.fix ? { fix: finding.fix } : {}),
    },
  };
}

export function sarifLog(reports: readonly FileReport[], version: string): unknown {
  const results: SarifResult[] = reports.flatMap(({ file, check }) =>
    check.ok
      ? check.findings.map((finding) => resultOf(file, finding))
      : [
          {
            ruleId: UNREADABLE_RULE,
            level: 'error' as const,
            message: { text: unreadableText(check) },
            locations: [location(file, check.position)],
          },
        ],
  );
  const ruleIds = [...new Set(results.map((result) => result.ruleId))];
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'neo-config',
            version,
            informationUri:
              'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OutputConfig.html',
            rules: ruleIds.map((id) => ({
              id,
              shortDescription: {
                text:
                  id === UNREADABLE_RULE
                    ? 'The file cannot be read or parsed'
                    : `A problem with ${id} in a SageMaker Neo compilation job`,
              },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.map((result) => ({
          ...result,
          ruleIndex: ruleIds.indexOf(result.ruleId),
        })),
      },
    ],
  };
}

export const formatSarif = (reports: readonly FileReport[], version: string): string =>
  `${JSON.stringify(sarifLog(reports, version), null, 2)}\n`;
