import { readableCheck } from '../../testing/model-fixture-files';
import { answerKey, applyModelInputs, completeProposal, proposeInputs } from './input-proposal';

const propose = (name: string) => {
  const proposal = proposeInputs(readableCheck(name));
  if (!proposal) throw new Error(`no proposal for ${name}`);
  return proposal;
};

describe('proposeInputs and completeProposal', () => {
  it('Keras: NCHW from the channels-last file, batch 1 proposed and said', () => {
    const proposal = propose('keras.tar.gz');
    expect(completeProposal(proposal, {})).toEqual({
      text: '{"input_1":[1,3,32,32]}',
      missing: [],
    });
    expect(proposal.notes.join(' ')).toMatch(/batch of 1 is proposed/);
    expect(proposal.notes.join(' ')).toMatch(/NCHW/);
  });

  it('TFLite and TensorFlow stay NHWC', () => {
    expect(completeProposal(propose('tflite.tar.gz'), {}).text).toBe(
      '{"serving_default_input:0":[1,96,96,3]}',
    );
    expect(completeProposal(propose('savedmodel.tar.gz'), {}).text).toBe('{"input_1":[1,64,64,3]}');
  });

  it('ONNX and Darknet keep the file order (NCHW)', () => {
    expect(completeProposal(propose('onnx.tar.gz'), {}).text).toBe('{"input.1":[1,3,8,8]}');
    expect(completeProposal(propose('darknet.tar.gz'), {}).text).toBe('{"data":[1,3,416,416]}');
  });

  it('an unknown shape is asked for, never guessed', () => {
    const mxnet = propose('mxnet.tar.gz');
    expect(completeProposal(mxnet, {})).toEqual({ missing: ['the shape of data'] });
    expect(completeProposal(mxnet, { [answerKey(0)]: '1, 3, 224, 224' }).text).toBe(
      '{"data":[1,3,224,224]}',
    );
    const onnx = proposeInputs({
      ...readableCheck('onnx.tar.gz'),
      inputs: [{ name: 'x', shape: [{ unknown: 'batch' }, 3, { unknown: 'height' }, 8] }],
    })!;
    expect(completeProposal(onnx, {}).missing).toEqual(['height of x']);
    expect(completeProposal(onnx, { [answerKey(0, 2)]: '224' }).text).toBe('{"x":[1,3,224,8]}');
  });

  it('PyTorch: one input per forward() argument, shapes asked; a state_dict gets none', () => {
    const proposal = propose('pytorch.tar.gz');
    expect(proposal.inputs).toEqual([{ name: 'input0' }]);
    expect(proposeInputs(readableCheck('pytorch-state-dict.tar.gz'))).toBeUndefined();
  });

  it('XGBoost: nothing to write', () => {
    expect(completeProposal(propose('xgboost.tar.gz'), {})).toEqual({ missing: [] });
  });

  it('applyModelInputs sets DataInputConfig, and Framework only when empty', () => {
    expect(applyModelInputs({}, 'ONNX', '{"x":[1]}')).toEqual({
      InputConfig: { Framework: 'ONNX', DataInputConfig: '{"x":[1]}' },
    });
    expect(
      applyModelInputs({ InputConfig: { Framework: 'PYTORCH' } }, 'ONNX', '{"x":[1]}'),
    ).toEqual({ InputConfig: { Framework: 'PYTORCH', DataInputConfig: '{"x":[1]}' } });
  });
});
