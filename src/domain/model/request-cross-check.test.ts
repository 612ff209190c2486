import { readableCheck } from '../../testing/model-fixture-files';
import { crossCheckRequest } from './request-cross-check';

describe('crossCheckRequest', () => {
  const keras = readableCheck('keras.tar.gz');

  it('says nothing when the request matches the model', () => {
    const draft = {
      InputConfig: { Framework: 'KERAS', DataInputConfig: '{"input_1":[1,3,32,32]}' },
    };
    expect(crossCheckRequest(keras, draft, 'ml_c5', '{"input_1":[1,3,32,32]}')).toEqual([]);
  });

  it('flags another Framework, with a fix that sets the recognised one', () => {
    const [finding] = crossCheckRequest(
      keras,
      { InputConfig: { Framework: 'ONNX' } },
      undefined,
      undefined,
    );
    expect(finding).toMatchObject({ field: 'InputConfig.Framework' });
    expect(finding!.fix!.apply({ InputConfig: { Framework: 'ONNX' } })).toEqual({
      InputConfig: { Framework: 'KERAS' },
    });
  });

  it('flags unknown names, missing inputs and a wrong rank', () => {
    const messages = (text: string) =>
      crossCheckRequest(
        keras,
        { InputConfig: { DataInputConfig: text } },
        undefined,
        '{"input_1":[1,3,32,32]}',
      ).map((finding) => finding.message);
    expect(messages('{"data":[1,3,32,32]}')).toEqual([
      expect.stringMatching(/names data, which the model has no input called/),
      expect.stringMatching(/leaves out the model input input_1/),
    ]);
    expect(messages('{"input_1":[1,32,32]}')).toEqual([
      expect.stringMatching(/gives input_1 3 dimensions; the model's input has 4/),
    ]);
  });

  it('warns when a TorchScript file is newer than ml_inf1 reads', () => {
    const v10 = readableCheck('pytorch-v10.tar.gz');
    expect(crossCheckRequest(v10, {}, 'ml_inf1', undefined)).toEqual([
      expect.objectContaining({
        field: 'TargetDevice',
        neoText: expect.stringMatching(/version 10/) as unknown,
      }),
    ]);
    expect(crossCheckRequest(v10, {}, 'ml_c5', undefined)).toEqual([]);
    expect(crossCheckRequest(readableCheck('pytorch.tar.gz'), {}, 'ml_inf1', undefined)).toEqual(
      [],
    );
  });
});
