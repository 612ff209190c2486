import type { DocumentCheck } from './check-document';
import { formatJson, jsonResults } from './format-json';
import { formatSarif, sarifLog } from './format-sarif';
import { formatText } from './format-text';
import type { FileReport } from './report';
import { exitCodeOf } from './report';

const invalid: DocumentCheck = {
  ok: true,
  source: 'OutputConfig',
  notices: ['Removed a trailing comma, which JSON does not allow (line 3).'],
  findings: [
    {
      field: 'TargetPlatform.Arch',
      severity: 'error',
      message: 'Arch "arm64" has the wrong case: the API takes ARM64',
      fix: 'Use ARM64',
      pointer: '/TargetPlatform/Arch',
      position: { line: 3, column: 30 },
    },
    { field: 'CompilerOptions', severity: 'warning', message: 'Set mcpu', pointer: '' },
  ],
  errorCount: 1,
  warningCount: 1,
};
const warned: DocumentCheck = {
  ok: true,
  source: 'OutputConfig',
  notices: [],
  findings: [
    { field: 'KmsKeyId', severity: 'warning', message: 'Not a key form', pointer: '/KmsKeyId' },
  ],
  errorCount: 0,
  warningCount: 1,
};
const unreadable: DocumentCheck = {
  ok: false,
  message: 'Not valid JSON: x',
  position: { line: 2, column: 5 },
};

const reports: FileReport[] = [
  { file: 'configs/b.json', check: invalid },
  { file: 'a b.json', check: warned },
  { file: '-', check: unreadable },
];

describe('exit codes (SPEC 5.9)', () => {
  it('0 without errors, 1 with one, 2 when a file cannot be read', () => {
    expect(exitCodeOf([reports[1]!], false)).toBe(0);
    expect(exitCodeOf([reports[1]!, reports[0]!], false)).toBe(1);
    expect(exitCodeOf(reports, false)).toBe(2);
  });

  it('1 for a warning with --warnings-as-errors', () => {
    expect(exitCodeOf([reports[1]!], true)).toBe(1);
  });
});

describe('--format json', () => {
  it('is the array of SPEC 5.9 in input order, problems by API name', () => {
    expect(jsonResults(reports)).toEqual([
      {
        file: 'configs/b.json',
        valid: false,
        errors: [
          {
            field: 'TargetPlatform.Arch',
            message: 'Arch "arm64" has the wrong case: the API takes ARM64',
            fix: 'Use ARM64',
            pointer: '/TargetPlatform/Arch',
            line: 3,
            column: 30,
          },
        ],
        warnings: [{ field: 'CompilerOptions', message: 'Set mcpu', pointer: '' }],
      },
      {
        file: 'a b.json',
        valid: true,
        errors: [],
        warnings: [{ field: 'KmsKeyId', message: 'Not a key form', pointer: '/KmsKeyId' }],
      },
      {
        file: '-',
        valid: false,
        errors: [{ field: '', message: 'Line 2, column 5: Not valid JSON: x', line: 2, column: 5 }],
        warnings: [],
      },
    ]);
    expect(JSON.parse(formatJson(reports))).toEqual(jsonResults(reports));
  });
});

describe('--format sarif', () => {
  const log = sarifLog(reports, '1.2.3') as {
    version: string;
    runs: {
      tool: { driver: { name: string; version: string; rules: { id: string }[] } };
      results: {
        ruleId: string;
        ruleIndex: number;
        level: string;
        message: { text: string };
        locations: {
          physicalLocation: { artifactLocation: { uri: string }; region?: unknown };
          logicalLocations?: { fullyQualifiedName: string }[];
        }[];
        properties?: Record<string, string>;
      }[];
    }[];
  };
  const [run] = log.runs;

  it('is SARIF 2.1.0 with one result per problem, each located', () => {
    expect(log.version).toBe('2.1.0');
    expect(run!.tool.driver).toMatchObject({ name: 'neo-config', version: '1.2.3' });
    expect(run!.results.map((result) => [result.ruleId, result.level])).toEqual([
      ['TargetPlatform.Arch', 'error'],
      ['CompilerOptions', 'warning'],
      ['KmsKeyId', 'warning'],
      ['unreadable', 'error'],
    ]);
    for (const result of run!.results) {
      expect(result.locations).toHaveLength(1);
      expect(run!.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    }
  });

  it('gives the file, the line and column, and the JSON pointer of the field', () => {
    const [arch, options, kms, parse] = run!.results;
    expect(arch!.locations[0]).toEqual({
      physicalLocation: {
        artifactLocation: { uri: 'configs/b.json' },
        region: { startLine: 3, startColumn: 30 },
      },
      logicalLocations: [{ fullyQualifiedName: '/TargetPlatform/Arch', kind: 'member' }],
    });
    expect(arch!.properties).toEqual({
      field: 'TargetPlatform.Arch',
      jsonPointer: '/TargetPlatform/Arch',
      fix: 'Use ARM64',
    });
    expect(arch!.message.text).toBe(
      'Arch "arm64" has the wrong case: the API takes ARM64 (fix: Use ARM64)',
    );
    expect(options!.locations[0]!.logicalLocations).toEqual([
      { fullyQualifiedName: '/', kind: 'member' },
    ]);
    expect(kms!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('a%20b.json');
    expect(parse!.locations[0]!.physicalLocation.region).toEqual({ startLine: 2, startColumn: 5 });
    expect(parse!.message.text).toBe('Line 2, column 5: Not valid JSON: x');
  });

  it('prints the log as JSON', () => {
    expect(JSON.parse(formatSarif(reports, '1.2.3'))).toEqual(log);
  });
});

describe('text output', () => {
  it('prints one line per problem with its place and fix, then the summary line', () => {
    const { stdout, stderr } = formatText(reports);
    expect(stdout.split('\n')).toEqual([
      'configs/b.json: note: Removed a trailing comma, which JSON does not allow (line 3).',
      'configs/b.json:3:30: error TargetPlatform.Arch: Arch "arm64" has the wrong case: the API takes ARM64 (fix: Use ARM64)',
      'configs/b.json: warning CompilerOptions: Set mcpu',
      'configs/b.json: 1 error · 1 warning',
      'a b.json: warning KmsKeyId: Not a key form',
      'a b.json: Valid — 1 warning',
      '',
    ]);
    expect(stderr).toBe('-:2:5: cannot check: Line 2, column 5: Not valid JSON: x\n');
  });
});
