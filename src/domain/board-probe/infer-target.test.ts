import { readFileSync } from 'node:fs';
import { catalogueSchema } from '../catalogue/catalogue-schema';
import { parseBoardProbe, type BoardReading } from './parse-board-probe';

const devices = catalogueSchema.parse(
  JSON.parse(readFileSync(new URL('../../../public/catalogue.json', import.meta.url), 'utf8')),
).devices;

function read(text: string): Extract<BoardReading, { recognised: true }> {
  const reading = parseBoardProbe(text, devices);
  if (!reading.recognised) throw new Error(reading.message);
  return reading;
}

const value = (text: string, field: string) =>
  read(text).values.find((entry) => entry.field === field);
const warnings = (text: string) => read(text).warnings.map((warning) => warning.message);

describe('inferTarget: Arch from the userland', () => {
  it('follows a 32-bit userland under a 64-bit kernel and says so', () => {
    const arch = value('aarch64\narmhf', 'Arch');
    expect(arch).toMatchObject({
      value: 'ARM_EABIHF',
      source: { line: 2, text: 'armhf' },
      confidence: 'high',
    });
    expect(arch?.note).toMatch(/kernel is 64-bit \(line 1\) but the userland is 32-bit/);
    expect(warnings('aarch64\narmhf')).toEqual([]);
  });

  it('reads a kernel-only aarch64 as ARM64 and says what would tell a 32-bit OS', () => {
    expect(value('aarch64', 'Arch')).toMatchObject({ value: 'ARM64', confidence: 'high' });
    expect(value('aarch64', 'Arch')?.note).toMatch(/dpkg --print-architecture or getconf LONG_BIT/);
  });

  it('makes 32-bit ARM soft-float on Android and hard-float on Linux by default', () => {
    expect(value('armv7l', 'Arch')).toMatchObject({ value: 'ARM_EABIHF', confidence: 'medium' });
    expect(value('armv7l\n[ro.build.version.sdk]: [25]', 'Arch')?.value).toBe('ARM_EABI');
  });

  it('warns when two userland probes disagree', () => {
    expect(warnings('armhf\n$ getconf LONG_BIT\n64')).toEqual([
      expect.stringMatching(/^Arch \(userland word width\): line 3 says 64, line 1 says 32/),
    ]);
  });

  it('warns about a 64-bit userland on a 32-bit kernel', () => {
    expect(warnings('armv7l\narm64')).toEqual([
      expect.stringMatching(/32-bit kernel but line 2 a 64-bit userland/),
    ]);
  });

  it('says what is missing when only the width is known', () => {
    const reading = read('$ getconf LONG_BIT\n32');
    expect(reading.target).toBeNull();
    expect(reading.missing).toEqual([
      expect.stringMatching(/^Arch: line 2 tells only the word width/),
    ]);
  });
});

describe('inferTarget: options', () => {
  it('adds +neon only for 32-bit ARM', () => {
    const neon = 'Features\t: half thumb fastmult vfp edsp neon vfpv3 tls vfpv4';
    expect(read(`armhf\n${neon}`).target).toMatchObject({ options: { mattr: ['+neon'] } });
    expect(read(`arm64\n${neon}`).target).toMatchObject({ options: {} });
  });

  it('keeps NVIDIA options off a target without the NVIDIA accelerator', () => {
    expect(read('x86_64\n7.0, Default').target).toMatchObject({ options: {} });
  });

  it.each([
    [21, 21, []],
    [29, 29, []],
    [30, 29, [/Android API 30 is newer than Neo accepts \(21–29\): ANDROID_PLATFORM 29/]],
    [19, undefined, [/Android API 19 is older than Neo accepts/]],
  ] as const)('Android API %i gives ANDROID_PLATFORM %s', (sdk, platform, expected) => {
    const reading = read(`[ro.product.cpu.abilist]: [arm64-v8a]\n[ro.build.version.sdk]: [${sdk}]`);
    expect(reading.target).toMatchObject({ kind: 'platform', os: 'ANDROID' });
    expect(reading.target?.options.ANDROID_PLATFORM).toBe(platform);
    expect(reading.warnings.map((warning) => warning.message)).toEqual(
      expected.map((pattern) => expect.stringMatching(pattern)),
    );
  });

  it('prefers a measured CUDA over the JetPack default, without a warning', () => {
    const text =
      '# R32 (release), REVISION: 7.1, GCID: 1, BOARD: t210ref, EABI: aarch64\nCuda compilation tools, release 10.2, V10.2.300\nCUDA Version 10.0.130';
    expect(value(text, 'cuda-ver')).toMatchObject({
      value: '10.2',
      source: { line: 2 },
      confidence: 'high',
    });
    expect(warnings(text).filter((message) => message.startsWith('cuda-ver'))).toEqual([
      expect.stringMatching(/^cuda-ver: line 3 says 10\.0, line 2 says 10\.2/),
    ]);
  });

  it('lists the NVIDIA options a platform still needs', () => {
    expect(read('x86_64\nCuda compilation tools, release 11.8, V11.8.89').missing).toEqual([
      expect.stringMatching(/^gpu-code: paste nvidia-smi/),
      expect.stringMatching(/^trt-ver: paste/),
    ]);
  });

  it('warns that NVIDIA is no Android accelerator', () => {
    expect(warnings('[ro.product.cpu.abilist]: [arm64-v8a]\nCUDA Version 10.0.130')).toContainEqual(
      expect.stringMatching(/Accelerator NVIDIA does not exist for Android/),
    );
  });
});

describe('inferTarget: devices', () => {
  it('proposes only devices of the given catalogue', () => {
    const withoutNano = devices.filter((device) => device.id !== 'jetson_nano');
    const reading = parseBoardProbe('nvidia,p3450-0000\nnvidia,tegra210\naarch64', withoutNano);
    expect(reading.recognised && reading.target).toMatchObject({
      kind: 'platform',
      arch: 'ARM64',
      accelerator: 'NVIDIA',
    });
  });

  it('gives the device only the options its families take', () => {
    expect(
      read(
        'nvidia,p2972-0000\nCUDA Version 10.0.130\nFeatures : fp asimd\nCPU implementer : 0x4e\nCPU part : 0x004',
      ).target,
    ).toEqual({
      kind: 'device',
      device: 'jetson_xavier',
      options: { 'gpu-code': 'sm_72', 'cuda-ver': '10.0' },
    });
  });

  it('shows the line each value came from', () => {
    const reading = read('Raspberry Pi 3 Model B Rev 1.2\narmhf');
    expect(reading.values).toEqual([
      {
        field: 'TargetDevice',
        value: 'rasp3b',
        source: { line: 1, text: 'Raspberry Pi 3 Model B Rev 1.2' },
        confidence: 'medium',
      },
    ]);
  });
});
