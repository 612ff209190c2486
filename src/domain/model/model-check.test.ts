import { readableCheck, checkFixture } from '../../testing/model-fixture-files';
import { shapeText } from './input-proposal';

const summary = (name: string) => {
  const check = readableCheck(name);
  return {
    framework: check.framework,
    inputs: check.inputs.map((input) => `${input.name} ${shapeText(input.shape)}`),
    errors: check.problems.filter((p) => p.severity === 'error').map((p) => p.message),
  };
};

describe('checkModelArchive on real archives', () => {
  it('ONNX: graph inputs minus initializers, the symbolic batch named', () => {
    expect(summary('onnx.tar.gz')).toEqual({
      framework: 'ONNX',
      inputs: ['input.1 [batch, 3, 8, 8]'],
      errors: [],
    });
    expect(readableCheck('onnx.tar.gz').notes).toContain('opset 12');
  });

  it('TFLite: the main subgraph input, unknown batch from shape_signature', () => {
    expect(summary('tflite.tar.gz')).toEqual({
      framework: 'TFLITE',
      inputs: ['serving_default_input:0 [dimension 0, 96, 96, 3]'],
      errors: [],
    });
  });

  it('Keras: the InputLayer of model_config', () => {
    expect(summary('keras.tar.gz')).toEqual({
      framework: 'KERAS',
      inputs: ['input_1 [batch, 32, 32, 3]'],
      errors: [],
    });
  });

  it('Keras weights-only .h5 is an error naming the file', () => {
    const check = readableCheck('keras-weights-only.tar.gz');
    expect(check.framework).toBe('KERAS');
    expect(check.problems[0]).toMatchObject({ severity: 'error', files: ['weights.h5'] });
    expect(check.problems[0]!.message).toMatch(/weights only \(no model_config\)/);
  });

  it('SavedModel: the serving_default signature, nested folders and variables/ accepted', () => {
    expect(summary('savedmodel.tar.gz')).toEqual({
      framework: 'TENSORFLOW',
      inputs: ['input_1 [dimension 0, 64, 64, 3]'],
      errors: [],
    });
    expect(readableCheck('savedmodel.tar.gz').problems).toEqual([]);
  });

  it("TensorFlow with two .pb files gives Neo's own error text", () => {
    const check = readableCheck('savedmodel-no-variables.tar.gz');
    expect(check.problems.map((p) => p.neoText)).toContain(
      'InputConfiguration: Exactly one .pb or .pbtxt file is allowed for TensorFlow models.',
    );
  });

  it('MXNet: data variables only, not weights or labels', () => {
    expect(summary('mxnet.tar.gz')).toEqual({
      framework: 'MXNET',
      inputs: ['data no shape in the file'],
      errors: [],
    });
    expect(readableCheck('mxnet.tar.gz').notes).toContain('label variables: softmax_label');
  });

  it('Darknet: [net] channels, height, width', () => {
    expect(summary('darknet.tar.gz')).toEqual({
      framework: 'DARKNET',
      inputs: ['data [batch, 3, 416, 416]'],
      errors: [],
    });
  });

  it('PyTorch: a traced TorchScript file gives its format version and forward()', () => {
    const check = readableCheck('pytorch.tar.gz');
    expect(check.framework).toBe('PYTORCH');
    expect(check.torchScript).toEqual({ kind: 'torchscript', version: 3, forwardArgs: ['x'] });
    expect(check.problems).toEqual([]);
  });

  it('PyTorch: a state_dict is named as weights, with trace + save as the fix', () => {
    const check = readableCheck('pytorch-state-dict.tar.gz');
    expect(check.torchScript?.kind).toBe('state-dict');
    expect(check.problems[0]).toMatchObject({ severity: 'error', files: ['model.pth'] });
    expect(check.problems[0]!.fix).toMatch(/torch\.jit\.save\(torch\.jit\.trace/);
  });

  it('XGBoost: recognised by its .model file', () => {
    expect(summary('xgboost.tar.gz')).toEqual({ framework: 'XGBOOST', inputs: [], errors: [] });
  });

  it('two .onnx files is an error naming both', () => {
    const check = readableCheck('onnx-two-files.tar.gz');
    expect(check.problems[0]).toMatchObject({ severity: 'error', files: ['a.onnx', 'b.onnx'] });
  });

  it("a plain (not gzip) tar gives Neo's untar error", () => {
    const check = readableCheck('plain.tar');
    expect(check.framework).toBe('ONNX');
    expect(check.problems[0]!.neoText).toMatch(/Unable to untar input model/);
  });

  it('bare model files are read, with a warning to pack them', () => {
    for (const [name, framework] of [
      ['model.onnx', 'ONNX'],
      ['model.tflite', 'TFLITE'],
      ['model.h5', 'KERAS'],
      ['traced.pth', 'PYTORCH'],
      ['saved_model.pb', 'TENSORFLOW'],
    ] as const) {
      const check = readableCheck(name);
      expect(check.framework).toBe(framework);
      expect(check.inputs.length + (check.torchScript ? 1 : 0)).toBeGreaterThan(0);
      expect(check.problems[0]!.message).toMatch(/bare model file/);
    }
  });

  it('random bytes and an empty archive are unreadable or say so', () => {
    expect(checkFixture('random.bin')).toEqual({
      unreadable: expect.stringMatching(/not a gzip tar archive/) as unknown,
    });
    const empty = checkFixture('empty.tar.gz');
    expect('unreadable' in empty ? empty.unreadable : empty.problems[0]?.message).toMatch(
      /(holds no files|not a tar)/,
    );
  });

  it('gives the same answer whatever the chunk size', () => {
    for (const name of ['onnx.tar.gz', 'pytorch.tar.gz', 'keras.tar.gz']) {
      expect(readableCheck(name, 1)).toEqual(readableCheck(name, 4096));
    }
  });
});
