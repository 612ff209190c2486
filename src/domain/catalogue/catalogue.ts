/**
 * The closed sets and look-ups of the device catalogue, without its schema: the first screen
 * renders a catalogue that the build already validated (src/app/prerender.tsx), so it needs
 * these lists but not the parser, which loads on demand (catalogue-schema.ts).
 */
/** Which compiler-option families a target accepts (reference fact sheet, "Opts" column). */
export const OPTION_FAMILIES = [
  'dtype',
  'cpu',
  'nvidia',
  'jetpack',
  'android',
  'inferentia',
  'eia',
  'coreml',
] as const;
export type OptionFamily = (typeof OPTION_FAMILIES)[number];

export const DEVICE_CATEGORIES = [
  'cloud-cpu',
  'cloud-gpu',
  'aws-accelerator',
  'edge-gpu',
  'edge-cpu',
  'edge-android',
  'edge-npu',
  'desktop',
  'apple',
] as const;
export type DeviceCategory = (typeof DEVICE_CATEGORIES)[number];

export const DEVICE_CATEGORY_LABELS: Record<DeviceCategory, string> = {
  'cloud-cpu': 'Cloud CPU',
  'cloud-gpu': 'Cloud GPU',
  'aws-accelerator': 'AWS ML accelerator',
  'edge-gpu': 'Edge GPU',
  'edge-cpu': 'Edge CPU',
  'edge-android': 'Edge SoC (Android)',
  'edge-npu': 'Edge NPU / DSP',
  desktop: 'Desktop OS',
  apple: 'Apple',
};

/** How far AWS has gone in retiring a target: shut down, or announced as being retired. */
export const RETIREMENT_STAGES = ['ended', 'retiring'] as const;
export type RetirementStage = (typeof RETIREMENT_STAGES)[number];
