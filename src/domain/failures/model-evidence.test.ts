import { describe, expect, it } from 'vitest';
import { FACT_SHEET_REASONS } from '../../testing/failure-reasons';
import { readableCheck } from '../../testing/model-fixture-files';
import type { ModelCheck } from '../model/model-types';
import type { RequestDraft } from '../request/request-draft';
import { explainFailure } from './explain-failure';

const reason = (id: string) => FACT_SHEET_REASONS.find((entry) => entry.id === id)!.text;

const request = (input: Record<string, string>): RequestDraft => ({
  CompilationJobName: 'job',
  InputConfig: { S3Uri: 's3://my-models/model.tar.gz', ...input },
});

function cause(id: string, draft: RequestDraft, model?: ModelCheck) {
  const explained = explainFailure(
    { failureReason: reason(id) },
    draft,
    { TargetDevice: 'ml_c5' },
    model,
  );
  return explained.causes.find(({ entry }) => entry.id === id)!;
}

describe('an explanation uses what the model check read (SPEC §10.2)', () => {
  it('a Keras shape failure is fixed with the model’s own input, in NCHW with a batch of 1', () => {
    const draft = request({ Framework: 'KERAS', DataInputConfig: '{"data":[1,224,224,3]}' });
    const explained = cause('keras-shape-nchw', draft, readableCheck('keras.tar.gz'));
    expect(explained.fix?.label).toBe('Use the model’s inputs: {"input_1":[1,3,32,32]}');
    expect(explained.fix?.apply(draft)['InputConfig']).toMatchObject({
      DataInputConfig: '{"input_1":[1,3,32,32]}',
    });
    expect(explained.modelFindings).toEqual([
      'The archive holds a KERAS model (model.h5).',
      'model.h5 has one input: input_1 [batch, 32, 32, 3] (NHWC).',
    ]);
  });

  it('without a checked model the Keras fix reorders the shape the request holds', () => {
    const draft = request({ Framework: 'KERAS', DataInputConfig: '{"data":[1,224,224,3]}' });
    const explained = cause('keras-shape-nchw', draft);
    expect(explained.fix?.label).toMatch(/^Reorder DataInputConfig to NCHW/);
    expect(explained.modelFindings).toEqual([]);
  });

  it('TFLite inputs missing from DataInputConfig: the model’s inputs, in NHWC', () => {
    const draft = request({ Framework: 'TFLITE' });
    const explained = cause('tflite-missing-inputs', draft, readableCheck('tflite.tar.gz'));
    expect(explained.fix?.label).toBe(
      'Use the model’s inputs: {"serving_default_input:0":[1,96,96,3]}',
    );
    const fixed = explained.fix!.apply(draft);
    expect(
      cause('tflite-missing-inputs', fixed, readableCheck('tflite.tar.gz')).fix,
    ).toBeUndefined();
  });

  it('a size the model leaves open is not guessed: no fix, the inputs are named', () => {
    const model = readableCheck('mxnet.tar.gz');
    const explained = cause('mxnet-names-shapes', request({ Framework: 'MXNET' }), model);
    expect(explained.fix).toBeUndefined();
    expect(explained.modelFindings.join('\n')).toMatch(/has one input: data/);
  });

  it('an archive layout failure names what the check found wrong, file by file', () => {
    const explained = cause(
      'tensorflow-one-pb',
      request({ Framework: 'TENSORFLOW' }),
      readableCheck('savedmodel-no-variables.tar.gz'),
    );
    expect(explained.modelFindings.length).toBeGreaterThan(0);
    expect(explained.modelFindings.join('\n')).toMatch(/saved_model\.pb/);
  });

  it('an archive the check found laid out well says so', () => {
    const explained = cause(
      'tensorflow-one-pb',
      request({ Framework: 'TENSORFLOW' }),
      readableCheck('savedmodel.tar.gz'),
    );
    expect(explained.modelFindings).toEqual([
      'The archive holds a TENSORFLOW model (export/1/saved_model.pb). Its files are laid out as Neo expects.',
    ]);
  });

  it('a permissions failure has nothing from the archive to add', () => {
    const explained = cause(
      'role-permissions',
      request({ Framework: 'ONNX' }),
      readableCheck('onnx.tar.gz'),
    );
    expect(explained.modelFindings).toEqual([]);
  });
});
