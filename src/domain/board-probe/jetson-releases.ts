/**
 * L4T → JetPack → CUDA / TensorRT defaults (probe-facts.md §4.2, jetson_stats and
 * jetson-containers). These are what a JetPack ships, not what a board has installed, so they
 * only ever fill cuda-ver / trt-ver at low confidence when nothing measured them.
 */
type JetPackRelease = { l4t: string; jetpack: string; cuda: string; trt: string };

const RELEASES: readonly JetPackRelease[] = [
  { l4t: '32.1', jetpack: '4.2', cuda: '10.0', trt: '5.0.6' },
  { l4t: '32.2.0', jetpack: '4.2.1', cuda: '10.0', trt: '5.1.6' },
  { l4t: '32.2.1', jetpack: '4.2.2', cuda: '10.0', trt: '5.1.6' },
  { l4t: '32.2.3', jetpack: '4.2.3', cuda: '10.0', trt: '5.1.6' },
  { l4t: '32.3.1', jetpack: '4.3', cuda: '10.0', trt: '6.0.1' },
  { l4t: '32.4.3', jetpack: '4.4', cuda: '10.2', trt: '7.1.3' },
  { l4t: '32.4.4', jetpack: '4.4.1', cuda: '10.2', trt: '7.1.3' },
  { l4t: '32.5.0', jetpack: '4.5', cuda: '10.2', trt: '7.1.3' },
  { l4t: '32.5.1', jetpack: '4.5.1', cuda: '10.2', trt: '7.1.3' },
  { l4t: '32.5.2', jetpack: '4.5.1', cuda: '10.2', trt: '7.1.3' },
  { l4t: '32.6.1', jetpack: '4.6', cuda: '10.2', trt: '8.0.1' },
  { l4t: '32.7.1', jetpack: '4.6.1', cuda: '10.2', trt: '8.2.1' },
  { l4t: '32.7.2', jetpack: '4.6.2', cuda: '10.2', trt: '8.2.1' },
  { l4t: '35.1.0', jetpack: '5.0.2', cuda: '11.4', trt: '8.4.1' },
  { l4t: '35.2.1', jetpack: '5.1', cuda: '11.4', trt: '8.5.2' },
  { l4t: '35.3.1', jetpack: '5.1.1', cuda: '11.4', trt: '8.5.2' },
  { l4t: '35.4.1', jetpack: '5.1.2', cuda: '11.4', trt: '8.5.2' },
  { l4t: '35.5.0', jetpack: '5.1.3', cuda: '11.4', trt: '8.5.2' },
  { l4t: '35.6.0', jetpack: '5.1.4', cuda: '11.4', trt: '8.5.2' },
  { l4t: '36.2.0', jetpack: '6.0', cuda: '12.2', trt: '8.6.2' },
  { l4t: '36.3.0', jetpack: '6.0', cuda: '12.2', trt: '8.6.2' },
  { l4t: '36.4.0', jetpack: '6.1', cuda: '12.6', trt: '10.3.0' },
  { l4t: '36.4.2', jetpack: '6.1', cuda: '12.6', trt: '10.3.0' },
  { l4t: '36.4.3', jetpack: '6.2', cuda: '12.6', trt: '10.3.0' },
];

/** The release of an L4T version (`32.3.1`, `32.1`, or `32.5` for 32.5.0). */
export function jetPackOfL4t(l4t: string): JetPackRelease | undefined {
  const exact = RELEASES.find((release) => release.l4t === l4t);
  return exact ?? RELEASES.find((release) => release.l4t === `${l4t}.0`);
}

/** The release of a JetPack version (`4.5.1` from `nvidia-jetpack 4.5.1-b17`). */
export function releaseOfJetPack(jetpack: string): JetPackRelease | undefined {
  return RELEASES.find((release) => release.jetpack === jetpack);
}

/** The TensorRT versions Neo documents for Jetson targets (neo-targets.md). */
export const NEO_DOCUMENTED_TRT_VERSIONS = ['5.0.6', '5.1.6', '6.0.1'] as const;
