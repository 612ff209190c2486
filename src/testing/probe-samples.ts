/**
 * Board-probe fixtures: real outputs quoted in shared/reference/probe-facts.md (source tags as
 * there), alone or combined the way a user pastes them, and a few composed from the facts where
 * no single real paste shows the case. Used by the unit tests and the detection e2e test.
 */
import type { ProbeTarget } from '../domain/board-probe/infer-target';

export type ProbeSample = {
  name: string;
  /** Where the text comes from: probe-facts.md tags, "composed" where assembled from facts. */
  source: string;
  text: string;
  expected: ProbeTarget | null;
  /** Each must match one warning. */
  warnings?: readonly RegExp[];
};

const JETSON_NANO_UNAME =
  'Linux JETBOT 4.9.140-tegra #1 SMP PREEMPT Mon Dec 9 22:47:42 PST 2019 aarch64 aarch64 aarch64 GNU/Linux';
const NV_TEGRA_R32_3_1 =
  '# R32 (release), REVISION: 3.1, GCID: 18186506, BOARD: t210ref, EABI: aarch64, DATE: Tue Dec 10 06:58:34 UTC 2019';
const EC2_X86_UNAME =
  'Linux ip-172-31-47-179.ec2.internal 6.18.36-69.138.amzn2023.x86_64 #2 SMP PREEMPT_DYNAMIC Tue Jun 10 12:00:00 UTC 2025 x86_64 x86_64 x86_64 GNU/Linux';

const lines = (...list: string[]) => list.join('\n');

export const PROBE_SAMPLES: readonly ProbeSample[] = [
  {
    name: 'Jetson Nano: uname -a and nv_tegra_release only',
    source: '[RTNET9]',
    text: lines('$ uname -a', JETSON_NANO_UNAME, '$ cat /etc/nv_tegra_release', NV_TEGRA_R32_3_1),
    expected: {
      kind: 'platform',
      os: 'LINUX',
      arch: 'ARM64',
      accelerator: 'NVIDIA',
      options: { 'trt-ver': '6.0.1', 'cuda-ver': '10.0' },
    },
  },
  {
    name: 'Jetson Nano: uname, nv_tegra_release and device-tree compatible',
    source: '[RTNET9] + [JGPIO] compatible strings',
    text: lines(
      NV_TEGRA_R32_3_1,
      "$ tr '\\0' '\\n' < /proc/device-tree/compatible",
      'nvidia,p3450-0000',
      'nvidia,jetson-nano',
      'nvidia,tegra210',
      JETSON_NANO_UNAME,
    ),
    expected: {
      kind: 'device',
      device: 'jetson_nano',
      options: {
        'gpu-code': 'sm_53',
        'trt-ver': '6.0.1',
        'cuda-ver': '10.0',
        JETPACK_VERSION: '4.3',
      },
    },
  },
  {
    name: 'Raspberry Pi 4, 32-bit Raspberry Pi OS on a 64-bit kernel',
    source: '[RPI-PINN]',
    text: lines(
      '$ uname -m',
      'aarch64',
      '$ dpkg --print-architecture',
      'armhf',
      '$ uname -a',
      'Linux raspberrypi 6.1.0-rpi6-rpi-v8 #1 SMP PREEMPT Debian 1:6.1.58-1+rpt2 (2023-10-27) aarch64 GNU/Linux',
    ),
    expected: { kind: 'platform', os: 'LINUX', arch: 'ARM_EABIHF', options: {} },
  },
  {
    name: 'Raspberry Pi 4 / CM4, 32-bit OS: dpkg and /proc/cpuinfo with the Model line',
    source: '[RPI-PINN] + [JUJ202][HRW28]',
    text: lines(
      'armhf',
      'processor\t: 0',
      'model name\t: ARMv7 Processor rev 3 (v7l)',
      'Features\t: half thumb fastmult vfp edsp neon vfpv3 tls vfpv4 idiva idivt vfpd32 lpae evtstrm crc32',
      'CPU implementer\t: 0x41',
      'CPU architecture: 7',
      'CPU part\t: 0xd08',
      'Hardware\t: BCM2711',
      'Model\t\t: Raspberry Pi Compute Module 4 Rev 1.0',
    ),
    expected: {
      kind: 'device',
      device: 'rasp4b',
      options: { mcpu: 'cortex-a72', mattr: ['+neon'] },
    },
  },
  {
    name: 'Raspberry Pi OS 64-bit: uname -a only',
    source: '[BLUEROV555]',
    text: 'Linux raspberrypi 5.10.63-v8+ #1457 SMP PREEMPT Tue Sep 28 11:27:02 BST 2021 aarch64',
    expected: { kind: 'platform', os: 'LINUX', arch: 'ARM64', options: {} },
  },
  {
    name: 'EC2 Amazon Linux 2023 x86_64 with a Cascade Lake /proc/cpuinfo',
    source: '[WAZUH39055] + [MGBENCH5]',
    text: lines(
      EC2_X86_UNAME,
      'vendor_id       : GenuineIntel',
      'cpu family      : 6',
      'model           : 85',
      'model name      : Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz',
      'stepping        : 7',
      'flags           : fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov lm avx2 avx512f avx512dq avx512cd avx512bw avx512vl hypervisor',
    ),
    expected: { kind: 'platform', os: 'LINUX', arch: 'X86_64', options: { mcpu: 'cascadelake' } },
  },
  {
    name: 'EC2 Graviton2: uname -a and /proc/cpuinfo',
    source: '[WAZUH37239] + [OPENBLAS2696]',
    text: lines(
      'Linux ip-172-31-5-10 6.1.170-213.321.amzn2023.aarch64 #1 SMP Mon Jun 2 12:00:00 UTC 2025 aarch64 aarch64 aarch64 GNU/Linux',
      'Features\t: fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp cpuid asimdrdm lrcpc dcpop asimddp ssbs',
      'CPU implementer\t: 0x41',
      'CPU architecture: 8',
      'CPU variant\t: 0x3',
      'CPU part\t: 0xd0c',
    ),
    expected: { kind: 'platform', os: 'LINUX', arch: 'ARM64', options: { mcpu: 'neoverse-n1' } },
  },
  {
    name: 'lscpu on an arm64 server',
    source: '[ZORG354]',
    text: lines(
      'Architecture:        aarch64',
      'Vendor ID:           ARM',
      'Model name:          Neoverse-N1',
      'Flags:               fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp cpuid asimdrdm lrcpc dcpop asimddp',
    ),
    expected: { kind: 'platform', os: 'LINUX', arch: 'ARM64', options: { mcpu: 'neoverse-n1' } },
  },
  {
    name: 'Raspberry Pi 3, 32-bit OS: /proc/cpuinfo without a Model line',
    source: '[EMBD79][JGARFF99]',
    text: lines(
      'model name\t: ARMv7 Processor rev 4 (v7l)',
      'Features\t: half thumb fastmult vfp edsp neon vfpv3 tls vfpv4 idiva idivt vfpd32 lpae evtstrm crc32',
      'CPU implementer\t: 0x41',
      'CPU architecture: 7',
      'CPU part\t: 0xd03',
      'Hardware\t: BCM2835',
      'Revision\t: a02082',
    ),
    expected: {
      kind: 'platform',
      os: 'LINUX',
      arch: 'ARM_EABIHF',
      options: { mcpu: 'cortex-a53', mattr: ['+neon'] },
    },
  },
  {
    name: 'Raspberry Pi 3B+ on a 64-bit OS: the Model line names rasp3b, the userland does not fit it',
    source: '[HRW29]',
    text: lines(
      'Features        : fp asimd evtstrm crc32 cpuid',
      'CPU implementer : 0x41',
      'CPU architecture: 8',
      'CPU part        : 0xd03',
      'Hardware        : BCM2835',
      'Revision        : a020d3',
      'Model           : Raspberry Pi 3 Model B Plus Rev 1.3',
    ),
    expected: { kind: 'platform', os: 'LINUX', arch: 'ARM64', options: { mcpu: 'cortex-a53' } },
    warnings: [/rasp3b is built for ARM_EABIHF/],
  },
  {
    name: 'Jetson Xavier NX: /proc/cpuinfo (Carmel)',
    source: '[HRW26]',
    text: lines(
      'model name\t: ARMv8 Processor rev 0 (v8l)',
      'Features\t: fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp',
      'CPU implementer\t: 0x4e',
      'CPU architecture: 8',
      'CPU part\t: 0x004',
      'MTS version\t: 51035886',
    ),
    expected: { kind: 'platform', os: 'LINUX', arch: 'ARM64', options: { mcpu: 'carmel' } },
  },
  {
    name: 'Jetson TX2: mixed Cortex-A57 and Denver cores, compatible and TensorRT package',
    source: '[HRW25] + [JGPIO] + composed dpkg line (JetPack 4.6.1 versions, §4.2)',
    text: lines(
      'nvidia,p2771-0000\0nvidia,tegra186',
      'processor\t: 0',
      'CPU implementer\t: 0x41',
      'CPU part\t: 0xd07',
      'processor\t: 1',
      'CPU implementer\t: 0x4e',
      'CPU part\t: 0x003',
      'ii  libnvinfer8    8.2.1-8+cuda10.2    arm64    TensorRT runtime libraries',
    ),
    expected: {
      kind: 'device',
      device: 'jetson_tx2',
      options: { 'gpu-code': 'sm_62', 'trt-ver': '8.2.1', 'cuda-ver': '10.2' },
    },
    warnings: [/trt-ver 8\.2\.1 is not among/],
  },
  {
    name: 'RK3399 board: big.LITTLE cpuinfo and compatible',
    source: '[HRW5] + [LNX-RK]',
    text: lines(
      'pine64,rockpro64-v2.1\0pine64,rockpro64\0rockchip,rk3399',
      'CPU implementer\t: 0x41',
      'CPU part\t: 0xd03',
      'CPU implementer\t: 0x41',
      'CPU part\t: 0xd08',
      'aarch64',
    ),
    expected: { kind: 'device', device: 'rk3399', options: { mcpu: 'cortex-a72' } },
  },
  {
    name: 'Android phone, Galaxy Note 4: getprop ABI and 32-bit /proc/cpuinfo',
    source: '[DIVIDITI64]',
    text: lines(
      '$ adb shell getprop ro.product.cpu.abi',
      'armeabi-v7a',
      'model name\t: ARMv7 Processor rev 1 (v7l)',
      'Features\t: swp half thumb fastmult vfp edsp neon vfpv3 tls vfpv4 idiva idivt',
      'CPU implementer\t: 0x41',
      'CPU part\t: 0xd03',
      'Hardware\t: Samsung EXYNOS5433',
    ),
    expected: {
      kind: 'platform',
      os: 'ANDROID',
      arch: 'ARM_EABI',
      options: { mcpu: 'cortex-a53', mattr: ['+neon'] },
    },
  },
  {
    name: 'Android 5.1 build.prop (32-bit)',
    source: '[JRIZZOLI6]',
    text: lines(
      'ro.product.cpu.abi=armeabi-v7a',
      'ro.product.cpu.abi2=armeabi',
      'ro.product.cpu.abilist=armeabi-v7a,armeabi',
      'ro.product.cpu.abilist32=armeabi-v7a,armeabi',
      'ro.product.cpu.abilist64=',
    ),
    expected: { kind: 'platform', os: 'ANDROID', arch: 'ARM_EABI', options: { mattr: ['+neon'] } },
  },
  {
    name: 'Android 13 phone: getprop dump, SDK clamped to 29',
    source: 'composed from §5.1 formats ([XHARNESS600] abilist, [CONNGLLI65] sdk)',
    text: lines(
      '[ro.build.version.release]: [13]',
      '[ro.build.version.sdk]: [33]',
      '[ro.product.cpu.abilist]: [arm64-v8a,armeabi-v7a,armeabi]',
    ),
    expected: { kind: 'platform', os: 'ANDROID', arch: 'ARM64', options: { ANDROID_PLATFORM: 29 } },
    warnings: [/Android API 33 is newer than Neo accepts/],
  },
  {
    name: 'Android 6.0: getprop of one property',
    source: '[CONNGLLI65] + [XHARNESS600]',
    text: lines(
      '$ getprop ro.build.version.sdk',
      '23',
      '$ getprop ro.product.cpu.abilist',
      'arm64-v8a,armeabi-v7a,armeabi',
    ),
    expected: { kind: 'platform', os: 'ANDROID', arch: 'ARM64', options: { ANDROID_PLATFORM: 23 } },
  },
  {
    name: 'EC2 p3 host: nvidia-smi table (truncated name) and nvcc',
    source: '[NVGPU15] layout + [VANTAGE289] name + [K2-584]',
    text: lines(
      EC2_X86_UNAME,
      '| NVIDIA-SMI 450.57       Driver Version: 450.57       CUDA Version: 11.0     |',
      '|   0  Tesla V100-SXM2...  On   | 00000000:00:1E.0 Off |                    0 |',
      'nvcc: NVIDIA (R) Cuda compilation tools driver',
      'Cuda compilation tools, release 10.1, V10.1.243',
    ),
    expected: {
      kind: 'platform',
      os: 'LINUX',
      arch: 'X86_64',
      accelerator: 'NVIDIA',
      options: { 'gpu-code': 'sm_70', 'cuda-ver': '10.1' },
    },
  },
  {
    name: 'Two GPUs in an nvidia-smi CSV query: the first decides, the other is a warning',
    source: '[TRITON8070][SNAPS128]',
    text: lines(
      'x86_64',
      'compute_cap, compute_mode, driver_version, name, index',
      '7.0, Default, 570.86.15, NVIDIA TITAN V, 0',
      '8.9, Default, 570.86.15, NVIDIA RTX 5880 Ada Generation, 1',
    ),
    expected: {
      kind: 'platform',
      os: 'LINUX',
      arch: 'X86_64',
      accelerator: 'NVIDIA',
      options: { 'gpu-code': 'sm_70' },
    },
    warnings: [/gpu-code: line 4 says sm_89/],
  },
  {
    name: 'Desktop with an RTX 4070: nvidia-smi 550 and CUDA version.json',
    source: '[FROGGING212] + [HIPIFY2143]',
    text: lines(
      'x86_64',
      '| NVIDIA-SMI 550.40.07              Driver Version: 550.40.07      CUDA Version: 12.4     |',
      '|   0  NVIDIA GeForce RTX 4070        Off |   00000000:2D:00.0  On |                  N/A |',
      '{',
      '   "cuda" : {',
      '      "name" : "CUDA SDK",',
      '      "version" : "13.0.2"',
      '   },',
      '}',
    ),
    expected: {
      kind: 'platform',
      os: 'LINUX',
      arch: 'X86_64',
      accelerator: 'NVIDIA',
      options: { 'gpu-code': 'sm_89', 'cuda-ver': '13.0' },
    },
  },
  {
    name: 'Jetson Orin Nano, JetPack 6.2: jetson_release summary',
    source: '[JFPV]',
    text: lines(
      'Model: NVIDIA Jetson Orin Nano Developer Kit - Jetpack 6.2 [L4T 36.4.3]',
      ' - P-Number: p3767-0005',
      ' - Module: NVIDIA Jetson Orin Nano (Developer kit)',
      'Libraries:',
      ' - CUDA: 12.6.68',
      ' - cuDNN: 9.3.0.75',
      ' - TensorRT: 10.3.0.30',
    ),
    expected: {
      kind: 'platform',
      os: 'LINUX',
      arch: 'ARM64',
      accelerator: 'NVIDIA',
      options: { 'gpu-code': 'sm_87', 'trt-ver': '10.3.0', 'cuda-ver': '12.6' },
    },
    warnings: [/Jetson Orin: no single catalogue device/, /trt-ver 10\.3\.0 is not among/],
  },
  {
    name: 'Jetson Nano with apt show nvidia-jetpack and the device-tree model',
    source: '[JHACKS11][OTAMA14] + [JETCARD18] model',
    text: lines(
      'NVIDIA Jetson Nano Developer Kit',
      'Package: nvidia-jetpack',
      'Version: 4.5.1-b17',
      'Depends: nvidia-cuda (= 4.5.1-b17), nvidia-opencv (= 4.5.1-b17), nvidia-cudnn8 (= 4.5.1-b17), nvidia-tensorrt (= 4.5.1-b17)',
      'APT-Sources: https://repo.download.nvidia.com/jetson/t210 r32.5/main arm64 Packages',
    ),
    expected: {
      kind: 'device',
      device: 'jetson_nano',
      options: {
        'gpu-code': 'sm_53',
        'trt-ver': '7.1.3',
        'cuda-ver': '10.2',
        JETPACK_VERSION: '4.5.1',
      },
    },
    warnings: [/trt-ver 7\.1\.3 is not among/],
  },
  {
    name: 'Jetson Xavier NX: compatible names the closest catalogue device',
    source: '[LNX-TEGRA-DTS]',
    text: lines('nvidia,p3509-0000+p3668-0001\0nvidia,tegra194', 'aarch64'),
    expected: { kind: 'device', device: 'jetson_xavier', options: { 'gpu-code': 'sm_72' } },
  },
  {
    name: 'Raspberry Pi 4 mainline device-tree model, readelf -A on a 32-bit userland',
    source: '[LNX-BCM] + [DAEMON1517]',
    text: lines(
      'Raspberry Pi 4 Model B',
      'aarch64',
      '$ readelf -A /usr/lib/arm-linux-gnueabihf/libm.so.6',
      'Attribute Section: aeabi',
      'File Attributes',
      '  Tag_CPU_name: "7-A"',
      '  Tag_CPU_arch: v7',
      '  Tag_ABI_VFP_args: VFP registers',
    ),
    expected: { kind: 'device', device: 'rasp4b', options: {} },
  },
  {
    name: 'getconf LONG_BIT says 32 under a 64-bit ARM kernel',
    source: '[RPI-FW1795]',
    text: lines('$ uname -m', 'aarch64', '$ getconf LONG_BIT', '32'),
    expected: { kind: 'platform', os: 'LINUX', arch: 'ARM_EABIHF', options: {} },
  },
  {
    name: 'Raspberry Pi Zero (ARMv6): mapped to ARM_EABIHF with a warning',
    source: 'composed from §1.2 (armv6l) and §2.2 (0xb76)',
    text: lines(
      'armv6l',
      'model name\t: ARMv6-compatible processor rev 7 (v6l)',
      'Features\t: half thumb fastmult vfp edsp java tls',
      'CPU implementer\t: 0x41',
      'CPU part\t: 0xb76',
    ),
    expected: {
      kind: 'platform',
      os: 'LINUX',
      arch: 'ARM_EABIHF',
      options: { mcpu: 'arm1176jz-s' },
    },
    warnings: [/ARMv6 .* is outside the ARMv7 ABIs/],
  },
  {
    name: 'ARMv5 kernel: no Arch, with the reason',
    source: 'composed from §1.2',
    text: 'armv5tel',
    expected: null,
    warnings: [/ARMv5 is outside the ARMv7 ABIs/],
  },
];

/** Pastes that hold nothing a recogniser knows. */
export const UNRECOGNISED_SAMPLES: readonly string[] = [
  '',
  'hello world',
  '<script>alert(1)</script><img src=x onerror=alert(2)>',
  '{"__proto__": {"polluted": true}}',
  'bash: nvidia-smi: command not found',
];
