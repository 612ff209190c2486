import { unappliedOptionsEdit } from './compiler-options/options-editor-text';
import { copyConfirmation, copyReadiness, withUnappliedEdits } from './copy-readiness';
import { TARGET_RULES } from './target-rules';
import { analyzeDraft } from './validate';

describe('copy readiness', () => {
  it('says a copy of an empty page has its 2 errors', () => {
    const analysis = analyzeDraft({});
    expect(copyConfirmation('Copied', copyReadiness(analysis))).toBe('Copied — has 2 errors');
  });

  it('says nothing more for a clean copy', () => {
    const analysis = analyzeDraft(
      { S3OutputLocation: 's3://b/k', TargetDevice: 'coreml' },
      undefined,
      undefined,
      TARGET_RULES,
    );
    expect(copyReadiness(analysis)).toEqual({ clean: true, errorCount: 0, unappliedCount: 0 });
    expect(copyConfirmation('Copied', copyReadiness(analysis))).toBe('Copied');
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
    const readiness = copyReadiness(analysis);
    expect(readiness).toEqual({ clean: false, errorCount: 0, unappliedCount: 1 });
    expect(copyConfirmation('Copied', readiness)).toBe('Copied — 1 edit not applied');
  });

  it('names errors and unapplied edits together', () => {
    const edit = unappliedOptionsEdit('{');
    const analysis = withUnappliedEdits(analyzeDraft({}), edit ? [edit] : []);
    expect(copyConfirmation('Downloaded', copyReadiness(analysis))).toBe(
      'Downloaded — has 2 errors · 1 edit not applied',
    );
  });

  it.each([['{"mcpu": "x"}'], [''], ['"--verbose 1"']])('finds nothing unapplied in %j', (text) => {
    expect(unappliedOptionsEdit(text)).toBeUndefined();
    expect(unappliedOptionsEdit(undefined)).toBeUndefined();
  });
});
