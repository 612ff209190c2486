import fc from 'fast-check';
import { ArchiveScan } from './archive-scan';
import { readDarknetCfg } from './darknet-inputs';
import { readKerasConfig } from './keras-config';
import { readKerasAttributes } from './keras-hdf5';
import { checkModelArchive } from './model-check';
import { readMxnetSymbol } from './mxnet-inputs';
import { readOnnxInputs } from './onnx-inputs';
import { readFields } from './protobuf-wire';
import { readFrozenGraphInputs, readSavedModelInputs } from './tensorflow-inputs';
import { readTfliteInputs } from './tflite-inputs';
import { fixtureBytes } from '../../testing/model-fixture-files';

/** Random bytes, and real files with some of their bytes flipped. */
const mutated = (name: string) =>
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }).map((edits) => {
    const bytes = fixtureBytes(name).slice();
    for (const [at, value] of edits) bytes[at % bytes.length] = value;
    return bytes;
  });
const bytesFrom = (...names: string[]) =>
  fc.oneof(fc.uint8Array({ maxLength: 2048 }), ...names.map(mutated));

describe('no byte string makes a reader throw', () => {
  it('protobuf readers', () => {
    fc.assert(
      fc.property(bytesFrom('model.onnx', 'saved_model.pb'), (bytes) => {
        readFields(bytes);
        readOnnxInputs(bytes);
        readSavedModelInputs(bytes);
        readFrozenGraphInputs(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('TFLite reader', () => {
    fc.assert(
      fc.property(bytesFrom('model.tflite'), (bytes) => void readTfliteInputs(bytes)),
      {
        numRuns: 300,
      },
    );
  });

  it('HDF5 attributes reader', () => {
    fc.assert(
      fc.property(bytesFrom('model.h5'), (bytes) => void readKerasAttributes(bytes)),
      {
        numRuns: 60,
      },
    );
  });

  it('text readers', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        readKerasConfig(text);
        readMxnetSymbol(text);
        readDarknetCfg(text);
      }),
    );
  });

  it('the archive scan and check, in any chunking', () => {
    fc.assert(
      fc.property(
        bytesFrom('plain.tar', 'traced.pth'),
        fc.integer({ min: 1, max: 700 }),
        (bytes, chunk) => {
          const scan = new ArchiveScan('model.tar.gz', false);
          for (let at = 0; at < bytes.length; at += chunk)
            scan.push(bytes.subarray(at, at + chunk));
          checkModelArchive('model.tar.gz', scan.finish());
        },
      ),
      { numRuns: 200 },
    );
  });
});
