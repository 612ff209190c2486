import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_IMPORT_BYTES } from '../domain/import-config';
import { decodeBytes, readCapped, readInput } from './read-input';

const dir = mkdtempSync(join(tmpdir(), 'neo-config-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function* chunks(...parts: (string | Uint8Array)[]) {
  yield* parts;
}

const noStdin = chunks();

describe('readInput', () => {
  it('reads a UTF-8 file and drops a byte-order mark', async () => {
    const path = file('bom.json', '\uFEFF{"KmsKeyId": "é"}');
    expect(await readInput(path, noStdin)).toEqual({ ok: true, text: '{"KmsKeyId": "é"}' });
  });

  it('reads standard input for "-"', async () => {
    expect(await readInput('-', chunks('{"a":', new TextEncoder().encode('1}')))).toEqual({
      ok: true,
      text: '{"a":1}',
    });
  });

  it('refuses a file over the limit without reading it, naming the limit', async () => {
    const path = file('big.json', ' '.repeat(MAX_IMPORT_BYTES + 1));
    const result = await readInput(path, noStdin);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/over 32 KiB/) });
    expect(
      await readInput(file('limit.json', ' '.repeat(MAX_IMPORT_BYTES)), noStdin),
    ).toMatchObject({
      ok: true,
    });
  });

  it('stops reading an endless stream once it passes the limit', async () => {
    let served = 0;
    async function* endless() {
      for (;;) {
        served += 1;
        yield new Uint8Array(4096).fill(32);
      }
    }
    expect(await readInput('-', endless())).toMatchObject({ ok: false });
    expect(served).toBeLessThanOrEqual(MAX_IMPORT_BYTES / 4096 + 1);
  });

  it('says what is wrong with a missing file or a directory', async () => {
    expect(await readInput(join(dir, 'missing.json'), noStdin)).toEqual({
      ok: false,
      message: 'No such file',
    });
    expect(await readInput(dir, noStdin)).toEqual({
      ok: false,
      message: 'It is a directory, not a file',
    });
  });
});

describe('decodeBytes', () => {
  it('refuses binary bytes and says where', () => {
    expect(decodeBytes(new Uint8Array([0x7b, 0x00, 0x7d]))).toEqual({
      ok: false,
      message: expect.stringMatching(/binary, not text \(a NUL byte at offset 1\)/),
    });
  });

  it('refuses bytes that are not UTF-8 and says where', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"é": "'), 0xff, 0x22, 0x7d]);
    expect(decodeBytes(bytes)).toEqual({
      ok: false,
      message: 'The file is not UTF-8 text (an invalid byte sequence at offset 8)',
    });
  });

  it('collects chunks until the limit', async () => {
    expect(await readCapped(chunks('ab', 'c'))).toEqual(new TextEncoder().encode('abc'));
    expect(await readCapped(chunks(' '.repeat(MAX_IMPORT_BYTES), ' '))).toBe('too big');
  });
});
