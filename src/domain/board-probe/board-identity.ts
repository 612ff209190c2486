/**
 * Board identity probes: `/proc/device-tree/compatible` (NUL-separated, or one entry a line
 * after `tr '\0' '\n'`), `/proc/device-tree/model`, and the Jetson release files
 * (`/etc/nv_tegra_release`, `nvidia-l4t-core`, `apt show nvidia-jetpack`, jtop's `Model:`).
 */
import { matchCompatible, isCompatibleEntry, matchModel, type BoardMatch } from './board-models';
import { found, keyValue } from './evidence';
import { TEGRA_GPU_CODES } from './gpu-names';
import { jetPackOfL4t, releaseOfJetPack } from './jetson-releases';
import type { Confidence, Evidence, LineContext, ProbeFamily, Recogniser } from './probe-types';

/** The evidence a matched board gives: the device, and its accelerator and GPU when known. */
export function boardEvidence(
  context: LineContext,
  match: BoardMatch,
  probe: ProbeFamily,
  confidence: Confidence = match.confidence,
): Evidence[] {
  const origin = {
    context,
    probe,
    confidence,
    ...(match.note === undefined ? {} : { note: match.note }),
  };
  const plain = { context, probe, confidence };
  return [
    found(origin, { kind: 'device', value: match.device, board: match.board }),
    ...(match.accelerator === undefined
      ? []
      : [found(plain, { kind: 'accelerator', value: match.accelerator })]),
    ...(match.gpuCode === undefined
      ? []
      : [found(plain, { kind: 'gpu-code', value: match.gpuCode })]),
  ];
}

/** A free-text model line (device-tree model, Pi `Model :`, jtop `Model:`), if it names a board. */
export function readBoardModel(
  context: LineContext,
  model: string,
  probe: ProbeFamily = 'device-tree',
): Evidence[] {
  const match = matchModel(model);
  if (match === null) return [];
  // Model text is rebranded between releases (§0.3): never more than medium.
  return boardEvidence(
    context,
    match,
    probe,
    match.confidence === 'high' && probe !== 'device-tree' ? 'high' : 'medium',
  );
}

/** L4T version → Os, Arch, Accelerator and the JetPack's default CUDA and TensorRT. */
function l4tEvidence(context: LineContext, l4t: string): Evidence[] {
  const origin = { context, probe: 'jetson' as const, confidence: 'high' as const };
  const release = jetPackOfL4t(l4t);
  const jetpack =
    release === undefined
      ? []
      : jetPackEvidence(context, release.jetpack, `L4T ${l4t} is JetPack ${release.jetpack}`);
  return [
    found(origin, { kind: 'os', value: 'LINUX' }),
    found(origin, { kind: 'arch', clue: { family: 'arm', width: 64, level: 'userland' } }),
    found(origin, { kind: 'accelerator', value: 'NVIDIA' }),
    ...jetpack,
  ];
}

function jetPackEvidence(context: LineContext, jetpack: string, why: string): Evidence[] {
  const release = releaseOfJetPack(jetpack);
  if (release === undefined) return [];
  const note = `${why}; its default, measure with nvcc --version or the TensorRT packages`;
  const origin = { context, probe: 'jetson' as const, confidence: 'low' as const, note };
  return [
    found(origin, { kind: 'cuda-ver', value: release.cuda }),
    found(origin, { kind: 'trt-ver', value: release.trt }),
    found(
      { context, probe: 'jetson', confidence: 'high', note: why },
      { kind: 'jetpack', value: release.jetpack },
    ),
  ];
}

function readJetsonRelease(context: LineContext): Evidence[] {
  const { text } = context;
  const tegra = /^# R(\d{2}) \(release\), REVISION: (\d{1,2}\.\d{1,2})/.exec(text);
  if (tegra !== null) return l4tEvidence(context, `${tegra[1]}.${tegra[2]}`);
  const core = /^nvidia-l4t-core\s+(\d{2}\.\d{1,2}\.\d{1,2})-/.exec(text);
  if (core !== null) return l4tEvidence(context, core[1]!);
  const jtop = /\[L4T (\d{2}\.\d{1,2}\.\d{1,2})\]/.exec(text);
  const model = keyValue(text);
  if (jtop !== null) {
    const board =
      model !== null && model.key === 'Model' ? readBoardModel(context, model.value, 'jetson') : [];
    return [...board, ...l4tEvidence(context, jtop[1]!)];
  }
  if (model !== null && model.key === 'APT-Sources') {
    const source = /\/jetson\/(t\d{3}) r(\d{2}\.\d{1,2})/.exec(model.value);
    if (source === null) return [];
    const gpuCode = TEGRA_GPU_CODES[source[1]!];
    const origin = {
      context,
      probe: 'jetson' as const,
      confidence: 'medium' as const,
      note: `NVIDIA's ${source[1]} package repository`,
    };
    return [
      found(origin, { kind: 'accelerator', value: 'NVIDIA' }),
      ...(gpuCode === undefined ? [] : [found(origin, { kind: 'gpu-code', value: gpuCode })]),
    ];
  }
  return [];
}

/** A fresh reader of board identity for one parse: compatible entries are matched together. */
export function boardIdentityRecogniser(): Recogniser {
  const compatible: { entry: string; context: LineContext }[] = [];
  let inJetPackPackage = false;

  const read = (context: LineContext): Evidence[] => {
    const { text } = context;
    const words = text.split(/[\s\0]+/, 16).filter(Boolean);
    if (words.length > 0 && words.length < 16 && words.every(isCompatibleEntry)) {
      words.forEach((entry) => compatible.push({ entry, context }));
      return [];
    }
    const pair = keyValue(text);
    if (pair !== null && pair.key === 'Package') inJetPackPackage = pair.value === 'nvidia-jetpack';
    if (inJetPackPackage && pair !== null && pair.key === 'Version') {
      inJetPackPackage = false;
      const jetpack = /^(\d\.\d(?:\.\d)?)-b\d+/.exec(pair.value);
      return jetpack === null
        ? []
        : [
            found({ context, probe: 'jetson', confidence: 'high' }, { kind: 'os', value: 'LINUX' }),
            found(
              { context, probe: 'jetson', confidence: 'high' },
              { kind: 'accelerator', value: 'NVIDIA' },
            ),
            ...jetPackEvidence(context, jetpack[1]!, `nvidia-jetpack ${jetpack[1]}`),
          ];
    }
    const release = readJetsonRelease(context);
    if (release.length > 0) return release;
    // A line that is only a model string (cat /proc/device-tree/model); uname -a lines carry
    // a host name, which may well be "jetson-nano" on any board.
    return pair === null && !text.includes('|') && !text.startsWith('Linux ')
      ? readBoardModel(context, text)
      : [];
  };

  const finish = (): Evidence[] => {
    const match = matchCompatible(compatible.map((seen) => seen.entry));
    if (match === null) return [];
    const context = compatible.find((seen) => seen.entry === match.entry)!.context;
    return [
      found({ context, probe: 'device-tree', confidence: 'high' }, { kind: 'os', value: 'LINUX' }),
      ...boardEvidence(context, match, 'device-tree'),
    ];
  };

  return { read, finish };
}
