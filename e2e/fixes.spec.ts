import { expect, test } from '@playwright/test';
import { preview, S3, summary, summaryFix } from './support/configurator';
import { previewText, shareLink } from './support/share-link';

type FixCase = {
  name: string;
  before: Record<string, unknown>;
  /** The problem as the summary words it (why, and the smallest fix). */
  problem: RegExp;
  fix: string;
  after: Record<string, unknown>;
  /** How the summary starts once fixed. */
  fixedSummary?: RegExp;
};

/** Every one-click fix of SPEC §3.10–3.11, each opened from a share link as any tool builds it. */
const FIXES: FixCase[] = [
  {
    name: 'a gpu-code that is not the device’s own',
    before: {
      S3OutputLocation: S3,
      TargetDevice: 'jetson_nano',
      CompilerOptions: '{"gpu-code":"sm_72","trt-ver":"5.0.6","cuda-ver":"10.0"}',
    },
    problem: /^gpu-code: gpu-code sm_72 is Xavier's; jetson_nano is sm_53 — use sm_53$/,
    fix: 'Use sm_53',
    after: {
      S3OutputLocation: S3,
      TargetDevice: 'jetson_nano',
      CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}',
    },
    fixedSummary: /^Valid$/,
  },
  {
    name: 'gpu_code spelt with an underscore',
    before: {
      S3OutputLocation: S3,
      TargetDevice: 'jetson_nano',
      CompilerOptions: '{"JETPACK_VERSION":"4.6","gpu_code":"sm_53"}',
    },
    problem: /^gpu_code: "gpu_code" looks like a slip for gpu-code/,
    fix: 'Rename to gpu-code',
    after: {
      S3OutputLocation: S3,
      TargetDevice: 'jetson_nano',
      CompilerOptions: '{"JETPACK_VERSION":"4.6","gpu-code":"sm_53"}',
    },
  },
  {
    name: 'DTYPE in capitals',
    before: {
      S3OutputLocation: S3,
      TargetDevice: 'ml_c5',
      CompilerOptions: '{"DTYPE":"int64","mcpu":"skylake-avx512"}',
    },
    problem: /^DTYPE: "DTYPE" looks like a slip for dtype/,
    fix: 'Rename to dtype',
    after: {
      S3OutputLocation: S3,
      TargetDevice: 'ml_c5',
      CompilerOptions: '{"dtype":"int64","mcpu":"skylake-avx512"}',
    },
    fixedSummary: /^Valid$/,
  },
  {
    name: 'a TargetDevice in the wrong case',
    before: { S3OutputLocation: S3, TargetDevice: 'ML_C5' },
    problem: /^TargetDevice: TargetDevice "ML_C5" has the wrong case: the API takes ml_c5$/,
    fix: 'Use ml_c5',
    after: { S3OutputLocation: S3, TargetDevice: 'ml_c5' },
  },
  {
    name: 'an Os in the wrong case',
    before: { S3OutputLocation: S3, TargetPlatform: { Os: 'linux', Arch: 'ARM64' } },
    problem: /^TargetPlatform\.Os: Os "linux" has the wrong case: the API takes LINUX$/,
    fix: 'Use LINUX',
    after: { S3OutputLocation: S3, TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' } },
  },
  {
    name: 'both TargetDevice and TargetPlatform',
    before: {
      S3OutputLocation: S3,
      TargetDevice: 'ml_c5',
      TargetPlatform: { Os: 'LINUX', Arch: 'X86_64' },
      CompilerOptions: '{"mcpu":"skylake-avx512"}',
    },
    problem: /^TargetPlatform: TargetDevice and TargetPlatform are mutually exclusive/,
    fix: 'Keep TargetDevice',
    after: {
      S3OutputLocation: S3,
      TargetDevice: 'ml_c5',
      CompilerOptions: '{"mcpu":"skylake-avx512"}',
    },
    fixedSummary: /^Valid$/,
  },
  {
    name: 'Python-style CompilerOptions',
    before: {
      S3OutputLocation: S3,
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
      CompilerOptions: "{'mattr': ['+neon']}",
    },
    problem: /^CompilerOptions: CompilerOptions is Python-style text/,
    fix: 'Convert to JSON',
    after: {
      S3OutputLocation: S3,
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
      CompilerOptions: '{"mattr":["+neon"]}',
    },
    fixedSummary: /^Valid$/,
  },
  {
    name: 'an option that does not apply to the target',
    before: {
      S3OutputLocation: S3,
      TargetDevice: 'jetson_nano',
      // The three NVIDIA keys together: gpu-code alone now draws its own warning (issue 12 §1).
      CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0","dtype":"float32"}',
    },
    problem: /^dtype: dtype does not apply to jetson_nano .*; it is kept$/,
    fix: 'Remove dtype',
    after: {
      S3OutputLocation: S3,
      TargetDevice: 'jetson_nano',
      CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}',
    },
    fixedSummary: /^Valid$/,
  },
  {
    name: 'a CPU target without CompilerOptions',
    before: { S3OutputLocation: S3, TargetDevice: 'ml_c5' },
    problem: /^CompilerOptions: CompilerOptions is highly recommended for CPU compilations/,
    fix: 'Set mcpu to skylake-avx512',
    after: {
      S3OutputLocation: S3,
      TargetDevice: 'ml_c5',
      CompilerOptions: '{"mcpu":"skylake-avx512"}',
    },
    fixedSummary: /^Valid$/,
  },
];

for (const { name, before, problem, fix, after, fixedSummary = /^Valid/ } of FIXES) {
  test(`${name}: "${fix}" in the summary fixes it`, async ({ page }) => {
    await page.goto(shareLink(before));
    await expect(preview(page)).toHaveText(previewText(before));
    const problemButton = summary(page).getByRole('button', { name: problem });
    await expect(problemButton).toHaveCount(1);
    // The fix sits beside its own problem.
    const listed = summary(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: problem }) });
    await expect(listed.getByRole('button', { name: fix, exact: true })).toBeVisible();

    await summaryFix(page, fix).click();
    await expect(preview(page)).toHaveText(previewText(after));
    await expect(summary(page)).toHaveText(fixedSummary);
    await expect(problemButton).toHaveCount(0);
    // The fix is an edit like any other: the link follows it, so a reload keeps it.
    await page.reload();
    await expect(preview(page)).toHaveText(previewText(after));
  });
}

test('"Keep TargetDevice" leaves the Device tab showing the kept device', async ({ page }) => {
  await page.goto(
    shareLink({
      S3OutputLocation: S3,
      TargetDevice: 'jetson_nano',
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' },
    }),
  );
  await summaryFix(page, 'Keep TargetDevice').click();
  await expect(page.getByRole('tab', { name: 'Device' })).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByRole('listbox', { name: 'Devices' }).getByRole('option', { name: / jetson_nano$/ }),
  ).toHaveAttribute('aria-selected', 'true');
  await expect(preview(page)).toHaveText(
    previewText({ S3OutputLocation: S3, TargetDevice: 'jetson_nano' }),
  );
});
