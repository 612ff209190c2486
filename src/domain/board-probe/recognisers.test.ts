import { readEvidence } from './parse-board-probe';
import type { Evidence } from './probe-types';

/** A finding in short form: "kind=value" (arch clues as their parts). */
function short(evidence: Evidence): string {
  switch (evidence.kind) {
    case 'arch': {
      const { family, width, float, level, outOfRange } = evidence.clue;
      return `arch=${[family, width, float, level, outOfRange].filter(Boolean).join('/')}`;
    }
    case 'ignored':
      return 'ignored';
    case 'device':
      return `device=${evidence.value}`;
    case 'mcpu':
      return `mcpu=${evidence.value}`;
    default:
      return `${evidence.kind}=${String(evidence.value)}`;
  }
}

const findings = (text: string) => readEvidence(text).evidence.map(short);

describe('recognisers: each line and what it tells', () => {
  it.each([
    // uname and the userland probes
    ['x86_64', ['arch=x86/64/kernel']],
    ['i686', ['arch=x86/32/kernel']],
    ['armv8l', ['arch=arm/32/userland']],
    ['aarch64_be', ['arch=arm/64/kernel/big-endian']],
    ['$ uname -m\narm64', ['arch=arm/64/kernel']],
    ['arm64', ['arch=arm/64/userland', 'os=LINUX']],
    ['armel', ['arch=arm/32/soft/userland', 'os=LINUX']],
    ['$ getconf LONG_BIT\n64', ['arch=64/userland']],
    ['$ getprop ro.build.version.sdk\n32', ['os=ANDROID', 'android-sdk=32']],
    ['Flags: 0x5000400, Version5 EABI, hard-float ABI', ['arch=arm/32/hard/userland']],
    ['Flags: 0x5000200, Version5 EABI, soft-float ABI', ['arch=arm/32/soft/userland']],
    ['Class: ELF64', ['arch=64/userland']],
    ['Machine: AArch64', ['arch=arm/64/userland']],
    ['Tag_CPU_arch: v6', ['arch=arm/32/userland/armv6']],
    [
      'Linux localhost 4.14.113-android #1 SMP PREEMPT aarch64',
      ['os=ANDROID', 'arch=arm/64/kernel'],
    ],
    // cpuinfo and lscpu
    ['Hardware\t: jetson_tx1', ['device=jetson_tx1', 'accelerator=NVIDIA', 'gpu-code=sm_53']],
    ['Hardware\t: BCM2835', ['ignored']],
    ['CPU implementer\t: 0x41\nCPU part\t: 0xfff', ['ignored']],
    ['CPU part\t: 0xd08', []],
    ['Features\t: half thumb fastmult vfp edsp java tls', ['neon=false']],
    ['vendor_id : GenuineIntel\ncpu family : 6\nmodel : 42', ['ignored']],
    // NVIDIA
    ['CUDA Version 10.0.130', ['accelerator=NVIDIA', 'cuda-ver=10.0']],
    ['[11/28/2026-10:00:00] [I] [TensorRT v8502] [b5] trtexec', ['trt-ver=8.5.2']],
    ['[I] [TensorRT v100300]', ['trt-ver=10.3.0']],
    [
      '$ python3 -c "import tensorrt; print(tensorrt.__version__)"\n8.5.2.2',
      ['accelerator=NVIDIA', 'trt-ver=8.5.2'],
    ],
    [
      "'8.4.2-1+cuda11.4' for 'libnvinfer8'",
      ['accelerator=NVIDIA', 'trt-ver=8.4.2', 'cuda-ver=11.4'],
    ],
    ['Field "compute_cap" is not a valid field to query.', ['ignored']],
    [
      '|   0  TITAN Xp            On   | 00000000:17:00.0 Off |                  N/A |',
      ['accelerator=NVIDIA', 'ignored'],
    ],
    [
      '"cuda_nvcc" : {\n"name" : "CUDA NVCC",\n"version" : "11.4.315"\n}',
      ['accelerator=NVIDIA', 'cuda-ver=11.4'],
    ],
    ['"cuda_cudart" : {\n"version" : "11.4.298"', []],
    // Jetson release files
    [
      'nvidia-l4t-core\t36.4.4-20250616085344',
      ['os=LINUX', 'arch=arm/64/userland', 'accelerator=NVIDIA'],
    ],
    [
      '# R35 (release), REVISION: 3.1, GCID: 32790763, BOARD: t186ref, EABI: aarch64',
      [
        'os=LINUX',
        'arch=arm/64/userland',
        'accelerator=NVIDIA',
        'cuda-ver=11.4',
        'trt-ver=8.5.2',
        'jetpack=5.1.1',
      ],
    ],
    // Android
    ['[ro.hardware.egl]: [mali]', ['accelerator=MALI']],
    ['[ro.board.platform]: [qcs605]', ['os=ANDROID', 'device=qcs605']],
    ['[ro.product.cpu.abi]: [armeabi]', ['os=ANDROID', 'arch=arm/32/soft/userland/armeabi']],
    ['x86_64,x86', []],
    ['$ getprop ro.product.cpu.abilist\nx86_64,x86', ['os=ANDROID', 'arch=x86/64/userland']],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });

  it('does not take a host name in a prompt or uname -a for a board', () => {
    expect(findings('nvidia@jetson-nano:~$ uname -m\naarch64')).toEqual(['arch=arm/64/kernel']);
    expect(findings('Linux jetson-nano 4.9.140-tegra #1 SMP PREEMPT aarch64 GNU/Linux')).toEqual([
      'os=LINUX',
      'arch=arm/64/kernel',
    ]);
  });
});
