/** Small catalogue entries for the compiler-options tests (test-only; the app loads public/catalogue.json). */
import type { CatalogueDevice } from '../domain/catalogue/catalogue-schema';

function device(entry: Partial<CatalogueDevice> & Pick<CatalogueDevice, 'id'>): CatalogueDevice {
  return {
    name: entry.id,
    vendor: 'Test',
    category: 'edge-cpu',
    arch: 'ARM64',
    archVerified: true,
    os: 'LINUX',
    accelerator: null,
    acceleratorLabel: 'none',
    optionFamilies: [],
    specs: [],
    status: 'current',
    notes: [],
    lifecycle: { added: { date: '2018-11-28', botocore: '1.12.55', source: 'test' } },
    ...entry,
  };
}

/** The lifecycle of a target that AWS ended on 2023-04-15 (as ml_eia2's). */
export const ENDED_LIFECYCLE: CatalogueDevice['lifecycle'] = {
  added: { date: '2021-03-17', botocore: '1.20.30', source: 'test' },
  retirement: {
    stage: 'ended',
    date: '2023-04-15',
    text: 'test',
    source: 'https://example.com/eia',
    verified: true,
  },
};

export const TEST_DEVICES = {
  ml_m5: device({
    id: 'ml_m5',
    category: 'cloud-cpu',
    arch: 'X86_64',
    mcpu: 'skylake-avx512',
    optionFamilies: ['dtype', 'cpu'],
    suggestedCompilerOptions: '{"mcpu":"skylake-avx512"}',
  }),
  ml_p3: device({
    id: 'ml_p3',
    category: 'cloud-gpu',
    arch: 'X86_64',
    accelerator: 'NVIDIA',
    gpuCode: 'sm_70',
    optionFamilies: ['dtype', 'nvidia'],
  }),
  jetson_nano: device({
    id: 'jetson_nano',
    category: 'edge-gpu',
    accelerator: 'NVIDIA',
    gpuCode: 'sm_53',
    mcpu: 'cortex-a57',
    optionFamilies: ['nvidia', 'jetpack'],
    suggestedCompilerOptions: '{"gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}',
  }),
  jetson_xavier: device({
    id: 'jetson_xavier',
    category: 'edge-gpu',
    accelerator: 'NVIDIA',
    gpuCode: 'sm_72',
    mcpu: 'carmel',
    optionFamilies: ['nvidia'],
    suggestedCompilerOptions: '{"gpu-code":"sm_72","trt-ver":"5.1.6","cuda-ver":"10.0"}',
  }),
  ml_c5: device({
    id: 'ml_c5',
    category: 'cloud-cpu',
    arch: 'X86_64',
    cpuCore: 'Intel Xeon',
    mcpu: 'skylake-avx512',
    optionFamilies: ['dtype', 'cpu'],
    suggestedCompilerOptions: '{"mcpu":"skylake-avx512"}',
  }),
  rasp3b: device({
    id: 'rasp3b',
    arch: 'ARM_EABIHF',
    cpuCore: 'Cortex-A53',
    optionFamilies: ['cpu'],
    suggestedCompilerOptions: '{"mattr":["+neon"]}',
  }),
  rasp4b: device({
    id: 'rasp4b',
    arch: 'ARM_EABIHF',
    mcpu: 'cortex-a72',
    mcpuVerified: false,
    optionFamilies: ['cpu'],
  }),
  qcs605: device({
    id: 'qcs605',
    os: 'ANDROID',
    accelerator: 'MALI',
    optionFamilies: ['android', 'cpu'],
  }),
  ml_inf1: device({
    id: 'ml_inf1',
    category: 'aws-accelerator',
    arch: 'X86_64',
    optionFamilies: ['inferentia'],
    suggestedCompilerOptions: '"--verbose 1 --num-neuroncores 2 -O2"',
  }),
  ml_trn1: device({
    id: 'ml_trn1',
    category: 'aws-accelerator',
    arch: 'X86_64',
    optionFamilies: ['inferentia'],
  }),
  ml_inf2: device({
    id: 'ml_inf2',
    category: 'aws-accelerator',
    arch: 'X86_64',
    optionFamilies: ['inferentia'],
  }),
  ml_eia2: device({
    id: 'ml_eia2',
    category: 'aws-accelerator',
    arch: 'X86_64',
    optionFamilies: ['eia'],
  }),
  coreml: device({
    id: 'coreml',
    category: 'apple',
    arch: null,
    os: null,
    optionFamilies: ['coreml'],
  }),
  sitara_am57x: device({ id: 'sitara_am57x', category: 'edge-npu', optionFamilies: [] }),
} satisfies Record<string, CatalogueDevice>;
