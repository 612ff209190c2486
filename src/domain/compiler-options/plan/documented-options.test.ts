import type { CatalogueDevice } from '../../catalogue/catalogue-schema';
import type { OutputConfigDraft } from '../../draft';
import { documentedOptionsEdit } from './documented-options';
import { TEST_DEVICES } from '../../../testing/test-devices';

const on = (device: CatalogueDevice, options?: string): OutputConfigDraft =>
  options === undefined
    ? { TargetDevice: device.id }
    : { TargetDevice: device.id, CompilerOptions: options };

describe('documentedOptionsEdit', () => {
  it('sets gpu-code, trt-ver and cuda-ver of a Jetson in one action, and only then', () => {
    const draft = Object.freeze(on(TEST_DEVICES.jetson_xavier));
    const edit = documentedOptionsEdit(draft, TEST_DEVICES.jetson_xavier);
    expect(edit?.label).toBe(
      'Apply documented options (gpu-code sm_72, trt-ver 5.1.6, cuda-ver 10.0)',
    );
    expect(draft.CompilerOptions).toBeUndefined();
    const applied = edit?.apply(draft);
    expect(applied?.CompilerOptions).toBe(
      '{"gpu-code":"sm_72","trt-ver":"5.1.6","cuda-ver":"10.0"}',
    );
    expect(documentedOptionsEdit(applied ?? {}, TEST_DEVICES.jetson_xavier)).toBeUndefined();
  });

  it('keeps other keys and overwrites the documented ones', () => {
    const draft = on(TEST_DEVICES.jetson_nano, '{"JETPACK_VERSION":"4.6","gpu-code":"sm_72"}');
    expect(
      documentedOptionsEdit(draft, TEST_DEVICES.jetson_nano)?.apply(draft).CompilerOptions,
    ).toBe('{"JETPACK_VERSION":"4.6","gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}');
  });

  it('replaces unreadable text and writes Inferentia flags as the API string', () => {
    const broken = on(TEST_DEVICES.rasp3b, '{"mattr": [');
    expect(documentedOptionsEdit(broken, TEST_DEVICES.rasp3b)?.apply(broken).CompilerOptions).toBe(
      '{"mattr":["+neon"]}',
    );
    const inf1 = on(TEST_DEVICES.ml_inf1);
    expect(documentedOptionsEdit(inf1, TEST_DEVICES.ml_inf1)?.apply(inf1).CompilerOptions).toBe(
      '"--verbose 1 --num-neuroncores 2 -O2"',
    );
  });

  it('offers nothing for a device that documents none, or another device', () => {
    expect(documentedOptionsEdit(on(TEST_DEVICES.ml_inf2), TEST_DEVICES.ml_inf2)).toBeUndefined();
    expect(
      documentedOptionsEdit(on(TEST_DEVICES.ml_c5), TEST_DEVICES.jetson_xavier),
    ).toBeUndefined();
  });

  it.each([
    [
      "a board's own versions",
      on(TEST_DEVICES.jetson_xavier, '{"gpu-code":"sm_72","trt-ver":"8.2.1","cuda-ver":"10.2"}'),
      'Replace trt-ver 8.2.1, cuda-ver 10.2 with the documented 5.1.6, 10.0',
    ],
    [
      'a value replaced and one added',
      on(TEST_DEVICES.jetson_xavier, '{"trt-ver":"8.2.1"}'),
      'Replace trt-ver 8.2.1 with the documented 5.1.6, and set gpu-code sm_72, cuda-ver 10.0',
    ],
    [
      'unreadable text',
      on(TEST_DEVICES.rasp3b, '{"mattr": ['),
      'Replace the CompilerOptions text with the documented mattr ["+neon"]',
    ],
    [
      'flags of its own',
      on(TEST_DEVICES.ml_inf1, '"-O3"'),
      'Replace "-O3" with the documented "--verbose 1 --num-neuroncores 2 -O2"',
    ],
  ])('names what it would replace: %s', (_, draft, label) => {
    const device = TEST_DEVICES[draft.TargetDevice as keyof typeof TEST_DEVICES];
    expect(documentedOptionsEdit(draft, device)?.label).toBe(label);
  });
});
