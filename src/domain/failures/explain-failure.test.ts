import { describe, expect, it } from 'vitest';
import { FACT_SHEET_REASONS } from '../../testing/failure-reasons';
import type { RequestDraft } from '../request/request-draft';
import { explainFailure, GENERAL_CHECKS } from './explain-failure';
import { nextJobName } from './failure-fixes';

const reason = (id: string) => FACT_SHEET_REASONS.find((entry) => entry.id === id)!.text;

const request = (input: Record<string, string>, extra: RequestDraft = {}): RequestDraft => ({
  CompilationJobName: 'resnet-keras',
  RoleArn: 'arn:aws:iam::111122223333:role/Neo',
  InputConfig: { S3Uri: 's3://my-models/model.tar.gz', Framework: 'KERAS', ...input },
  ...extra,
});

/** The explanation's fix for a cause, applied to the request. */
function applyFix(id: string, draft: RequestDraft, outputConfig = { TargetDevice: 'ml_c5' }) {
  const explained = explainFailure({ failureReason: reason(id) }, draft, outputConfig);
  const cause = explained.causes.find(({ entry }) => entry.id === id)!;
  return { fix: cause.fix, result: cause.fix?.apply(draft) };
}

describe('the fixes a recognised cause offers', () => {
  it('reorders a channels-last Keras shape to NCHW, and offers nothing once it is', () => {
    const { fix, result } = applyFix(
      'keras-shape-nchw',
      request({ DataInputConfig: '{"input_1":[1,224,224,3]}' }),
    );
    expect(fix?.label).toMatch(/NCHW/);
    expect(result?.['InputConfig']).toMatchObject({ DataInputConfig: '{"input_1":[1,3,224,224]}' });
    expect(applyFix('keras-shape-nchw', result!).fix).toBeUndefined();
  });

  it('adds the batch to a Keras shape given without one', () => {
    const { result } = applyFix(
      'keras-shape-nchw',
      request({ DataInputConfig: '{"input_1":[224,224,3]}' }),
    );
    expect(result?.['InputConfig']).toMatchObject({ DataInputConfig: '{"input_1":[1,3,224,224]}' });
  });

  it('drops a FrameworkVersion the target rejects, and one an old client does not know', () => {
    for (const id of ['version-field-rejected', 'client-too-old-for-version']) {
      const draft = request({ Framework: 'PYTORCH', FrameworkVersion: '1.8' });
      const { result } = applyFix(id, draft, { TargetDevice: 'ml_inf1' });
      expect(result?.['InputConfig']).not.toHaveProperty('FrameworkVersion');
      expect(applyFix(id, result!).fix).toBeUndefined();
    }
  });

  it('picks the newest documented version for the target after a too-new PyTorch file', () => {
    const draft = request({ Framework: 'PYTORCH', FrameworkVersion: '1.13' });
    const { fix, result } = applyFix('pytorch-file-too-new', draft, { TargetDevice: 'ml_inf1' });
    expect(fix?.label).toBe('Set FrameworkVersion to 1.9');
    expect(result?.['InputConfig']).toMatchObject({ FrameworkVersion: '1.9' });
    expect(
      applyFix('pytorch-file-too-new', result!, { TargetDevice: 'ml_inf1' }).fix,
    ).toBeUndefined();
  });

  it('points S3Uri at a .tar.gz when it names a bare model file', () => {
    const draft = request({ S3Uri: 's3://my-models/resnet/model.pth' });
    const { fix, result } = applyFix('not-a-tar-gz', draft);
    expect(fix?.label).toBe('Point S3Uri at "model.tar.gz"');
    expect(result?.['InputConfig']).toMatchObject({ S3Uri: 's3://my-models/resnet/model.tar.gz' });
    expect(applyFix('not-a-tar-gz', request({})).fix).toBeUndefined();
  });

  it('raises MaxRuntimeInSeconds to 900, then doubles it', () => {
    const low = applyFix(
      'timeout',
      request({}, { StoppingCondition: { MaxRuntimeInSeconds: 300 } }),
    );
    expect(low.result?.['StoppingCondition']).toEqual({ MaxRuntimeInSeconds: 900 });
    const next = applyFix('timeout', low.result!);
    expect(next.result?.['StoppingCondition']).toEqual({ MaxRuntimeInSeconds: 1800 });
  });

  it('offers no request fix for a cause outside the request', () => {
    for (const id of [
      'operator-errors',
      'bucket-other-region',
      'role-permissions',
      'neuron-aten-op',
    ]) {
      expect(applyFix(id, request({})).fix, id).toBeUndefined();
    }
  });
});

describe('explainFailure', () => {
  it('offers a new CompilationJobName while the request keeps the failed job’s', () => {
    const draft = request({});
    const explained = explainFailure(
      { failureReason: reason('unexpected-error'), status: 'FAILED', jobName: 'resnet-keras' },
      draft,
      {},
    );
    expect(explained.jobNameFix?.label).toBe('Use a new CompilationJobName: resnet-keras-2');
    const renamed = explained.jobNameFix!.apply(draft);
    expect(renamed['CompilationJobName']).toBe('resnet-keras-2');
    expect(
      explainFailure({ failureReason: '', jobName: 'resnet-keras' }, renamed, {}).jobNameFix,
    ).toBeUndefined();
  });

  it('lists the general checks only when nothing is recognised', () => {
    expect(explainFailure({ failureReason: 'Job went sideways' }, {}, {}).generalChecks).toBe(
      GENERAL_CHECKS,
    );
    expect(explainFailure({ failureReason: reason('timeout') }, {}, {}).generalChecks).toEqual([]);
  });
});

describe('nextJobName', () => {
  it.each([
    ['resnet', 'resnet-2'],
    ['resnet-2', 'resnet-3'],
    ['resnet-v2-9', 'resnet-v2-10'],
    ['a'.repeat(63), `${'a'.repeat(61)}-2`],
  ])('%s → %s', (name, next) => {
    expect(nextJobName(name)).toBe(next);
    expect(next.length).toBeLessThanOrEqual(63);
  });
});
