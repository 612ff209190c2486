import { readOnnxInputs } from './onnx-inputs';
import { gunzipSync } from 'node:zlib';
import { fixtureBytes, scanBytes } from '../../testing/model-fixture-files';

const LONG = `models/${'very-long-folder-name/'.repeat(6)}resnet.onnx`;

describe('TarReader', () => {
  it.each(['long-name-gnu.tar.gz', 'long-name-pax.tar.gz'])(
    'names a member past 100 characters (%s) and keeps what the check reads of it',
    (name) => {
      const scan = scanBytes(name, fixtureBytes(name), 13);
      expect(scan.ok && scan.files.map((file) => file.path)).toEqual([LONG]);
      const kept = scan.ok ? scan.files[0]!.bytes : undefined;
      expect(kept && readOnnxInputs(kept)).toEqual(readOnnxInputs(fixtureBytes('model.onnx')));
    },
  );

  it('lists directories and files with their sizes; weights are listed, not kept', () => {
    const scan = scanBytes('savedmodel.tar.gz', fixtureBytes('savedmodel.tar.gz'));
    expect(
      scan.ok &&
        scan.files.map(({ path, size, kind, bytes }) => [path, size, kind, bytes !== undefined]),
    ).toEqual([
      ['export/', 0, 'directory', false],
      ['export/1/', 0, 'directory', false],
      ['export/1/saved_model.pb', 297, 'file', true],
      ['export/1/variables/', 0, 'directory', false],
      ['export/1/variables/variables.index', 32, 'file', false],
      ['export/1/variables/variables.data-00000-of-00001', 256, 'file', false],
    ]);
  });

  it('a tar cut in the middle of a member is truncated', () => {
    const whole = scanBytes('plain.tar', fixtureBytes('plain.tar'));
    expect(whole.ok).toBe(true);
    const cut = scanBytes('plain.tar', fixtureBytes('plain.tar').subarray(0, 700));
    expect(cut).toMatchObject({ ok: false, reason: 'truncated' });
  });

  it('a damaged header after the first member is reported as damaged', () => {
    const bytes = fixtureBytes('savedmodel.tar.gz');
    const tar = new Uint8Array(gunzipSync(bytes));
    tar[512 * 2 + 10] = tar[512 * 2 + 10]! ^ 0xff; // the second header's name
    expect(scanBytes('x.tar', tar)).toMatchObject({ ok: false, reason: 'damaged' });
  });
});
