import { fixtureBytes } from '../../../testing/model-fixture-files';
import { readModelFile } from './read-model-file';

const asFile = (name: string, bytes = fixtureBytes(name), as = name) =>
  new File([bytes as BlobPart], as);

describe('readModelFile (DecompressionStream + streaming scan)', () => {
  it('reads a .tar.gz through the platform gzip stream and reports progress to the end', async () => {
    const progress: { read: number; unpacked: number }[] = [];
    const result = await readModelFile(asFile('onnx.tar.gz'), ({ read, unpacked }) =>
      progress.push({ read, unpacked }),
    );
    expect(result).toMatchObject({ framework: 'ONNX', inputs: [{ name: 'input.1' }] });
    // The whole file read, and the whole tar unpacked (padded to its 10 KiB record).
    expect(progress.at(-1)).toEqual({ read: fixtureBytes('onnx.tar.gz').length, unpacked: 10240 });
  });

  it('a truncated gzip is unreadable, with a clear message', async () => {
    const result = await readModelFile(asFile('truncated.tar.gz'), () => undefined);
    expect(result).toEqual({
      unreadable: expect.stringMatching(/truncated or damaged/) as unknown,
    });
  });

  it('random bytes named model.tar.gz are unreadable', async () => {
    const result = await readModelFile(
      asFile('random.bin', fixtureBytes('random.bin'), 'model.tar.gz'),
      () => undefined,
    );
    expect(result).toEqual({
      unreadable: expect.stringMatching(/model\.tar\.gz is not a gzip tar archive/) as unknown,
    });
  });
});
