import { unappliedOptionsEdit } from './compiler-options/advanced-editor-text';
import { withUnappliedEdits } from './copy-readiness';
import {
  carriesRequest,
  copyConfirmation,
  copyReadiness,
  EXPORT_CONTENTS,
  type ExportKind,
} from './export-readiness';
import { TARGET_RULES } from './target/target-rules';
import { VALID_ML_C5_REQUEST } from '../testing/request-fixtures';
import { analyzeRequest } from './request/request-analysis';
import { analyzeDraft } from './validate';

describe('copy readiness', () => {
  it('says a copy of an empty page has its 2 errors', () => {
    const analysis = analyzeDraft({});
    expect(copyConfirmation('Copied', copyReadiness('json', analysis))).toBe(
      'Copied — has 2 errors',
    );
  });

  it('says nothing more for a clean copy', () => {
    const analysis = analyzeDraft(
      { S3OutputLocation: 's3://b/k', TargetDevice: 'coreml' },
      undefined,
      undefined,
      TARGET_RULES,
    );
    expect(copyReadiness('json', analysis)).toEqual({
      clean: true,
      errorCount: 0,
      unappliedCount: 0,
    });
    expect(copyConfirmation('Copied', copyReadiness('json', analysis))).toBe('Copied');
  });

  it('counts a syntax error in the advanced editor as an error in the summary and the copy', () => {
    const edit = unappliedOptionsEdit('{"mcpu": "cortex-a72",}');
    expect(edit).toMatchObject({ field: 'CompilerOptions', severity: 'error' });
    expect(edit?.message).toMatch(/^CompilerOptions editor has an edit that is not applied/);
    const base = analyzeDraft(
      { S3OutputLocation: 's3://b/k', TargetDevice: 'coreml' },
      undefined,
      undefined,
      TARGET_RULES,
    );
    const analysis = withUnappliedEdits(base, edit ? [edit] : []);
    expect(analysis.errorCount).toBe(1);
    expect(analysis.problems[0]).toBe(edit);
    const readiness = copyReadiness('json', analysis);
    expect(readiness).toEqual({ clean: false, errorCount: 0, unappliedCount: 1 });
    expect(copyConfirmation('Copied', readiness)).toBe('Copied — 1 edit not applied');
  });

  it('names errors and unapplied edits together', () => {
    const edit = unappliedOptionsEdit('{');
    const analysis = withUnappliedEdits(analyzeDraft({}), edit ? [edit] : []);
    expect(copyConfirmation('Downloaded', copyReadiness('json', analysis))).toBe(
      'Downloaded — has 2 errors · 1 edit not applied',
    );
  });

  it.each([['{"mcpu": "x"}'], [''], ['"--verbose 1"']])('finds nothing unapplied in %j', (text) => {
    expect(unappliedOptionsEdit(text)).toBeUndefined();
    expect(unappliedOptionsEdit(undefined)).toBeUndefined();
  });

  describe("counts the request fields' errors when the export carries them (issue 12 §2)", () => {
    const output = { S3OutputLocation: 's3://b/k', TargetDevice: 'ml_c5' };
    // A whole request whose job name has a space, against the API's pattern: one error.
    const request = analyzeRequest(
      { ...VALID_ML_C5_REQUEST, CompilationJobName: 'my job' },
      output,
    );
    const analysis = analyzeDraft(output, undefined, undefined, TARGET_RULES);

    it('finds the one request error the cases below rely on', () => {
      expect([analysis.errorCount, request.errorCount]).toEqual([0, 1]);
    });

    it.each<[ExportKind, string]>([
      ['json', 'Copied'],
      ['download', 'Copied'],
      ['request-file', 'Copied — has 1 error'],
      ['link', 'Copied — has 1 error'],
      ['aws-cli', 'Copied — has 1 error'],
      ['boto3', 'Copied — has 1 error'],
      ['sdk-v3', 'Copied — has 1 error'],
    ])('%s', (kind, confirmation) => {
      expect(copyConfirmation('Copied', copyReadiness(kind, analysis, request))).toBe(confirmation);
    });

    it("adds them to the OutputConfig's own errors and edits", () => {
      const edit = unappliedOptionsEdit('{');
      const broken = withUnappliedEdits(analyzeDraft({}), edit ? [edit] : []);
      expect(copyConfirmation('Copied', copyReadiness('aws-cli', broken, request))).toBe(
        'Copied — has 3 errors · 1 edit not applied',
      );
    });

    it('counts nothing for an empty request (no analysis)', () => {
      expect(copyReadiness('aws-cli', analysis, undefined)).toEqual({
        clean: true,
        errorCount: 0,
        unappliedCount: 0,
      });
    });

    it('asks for the request analysis only where it is carried', () => {
      const kinds = Object.keys(EXPORT_CONTENTS) as ExportKind[];
      expect(kinds.filter(carriesRequest)).toEqual([
        'request-file',
        'link',
        'aws-cli',
        'boto3',
        'sdk-v3',
      ]);
    });
  });
});
