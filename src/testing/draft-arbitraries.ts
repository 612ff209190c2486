/** fast-check generators of drafts, shared by the property tests of the codec and the importer. */
import fc from 'fast-check';
import { ACCELERATOR_VALUES, ARCH_VALUES, OS_VALUES, TARGET_DEVICES } from '../domain/api-values';
import { withKey, withPlatformMember, type OutputConfigDraft } from '../domain/draft';
import type { JsonValue } from '../domain/json/json-value';

function hasProtoKey(value: JsonValue): boolean {
  if (Array.isArray(value)) return value.some(hasProtoKey);
  if (value === null || typeof value !== 'object') return false;
  return Object.keys(value).some((key) => key === '__proto__' || hasProtoKey(value[key]!));
}

/** Any JSON object as a draft (no `__proto__` key): what a link or an import may carry. */
export const anyDraft: fc.Arbitrary<OutputConfigDraft> = fc
  .dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 8 })
  .map((draft) => draft as OutputConfigDraft)
  .filter((draft) => !hasProtoKey(draft));

/** Drafts the form builds from the real enums, through the same edit functions. */
export const formDraft: fc.Arbitrary<OutputConfigDraft> = fc
  .record(
    {
      s3: fc.constantFrom('s3://bucket/compiled', 'https://b.s3.amazonaws.com/x', 'bucket', ''),
      device: fc.constantFrom(...TARGET_DEVICES, ''),
      os: fc.constantFrom(...OS_VALUES, ''),
      arch: fc.constantFrom(...ARCH_VALUES, ''),
      accelerator: fc.constantFrom(...ACCELERATOR_VALUES, ''),
      options: fc.constantFrom(
        '',
        '{"mcpu":"skylake-avx512"}',
        '"--verbose 1 -O2"',
        "{'mattr': ['+neon']}",
      ),
      kms: fc.constantFrom('', 'alias/ExampleAlias', 'ärger ✓'),
    },
    { requiredKeys: [] },
  )
  .map(({ s3, device, os, arch, accelerator, options, kms }) => {
    let draft: OutputConfigDraft = withKey({}, 'KmsKeyId', kms);
    draft = withKey(draft, 'CompilerOptions', options);
    draft = withPlatformMember(draft, 'Accelerator', accelerator);
    draft = withPlatformMember(draft, 'Arch', arch);
    draft = withPlatformMember(draft, 'Os', os);
    draft = withKey(draft, 'TargetDevice', device);
    return withKey(draft, 'S3OutputLocation', s3);
  });
