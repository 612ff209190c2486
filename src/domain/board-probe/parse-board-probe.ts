/**
 * Board detection (SPEC §7): reads pasted output of any mix of the §7.1 commands, in any
 * order, and proposes a target. Pure and total: any text, even a megabyte of binary, gives an
 * answer ("nothing recognised" at worst) in time linear in its length.
 */
import type { CatalogueDevice } from '../catalogue/catalogue-schema';
import { boardIdentityRecogniser, readBoardModel } from './board-identity';
import { cpuinfoRecogniser } from './cpuinfo';
import { getpropRecogniser } from './getprop';
import { inferTarget, type TargetInference } from './infer-target';
import { nvidiaRecogniser } from './nvidia';
import { commandOf, MAX_READ_LINES, probeLines } from './probe-lines';
import type { Evidence, Recogniser } from './probe-types';
import { unameUserlandRecogniser } from './uname-userland';

export type BoardReading =
  { recognised: false; message: string } | ({ recognised: true } & TargetInference);

export const NOTHING_RECOGNISED =
  'Nothing recognised. Paste the output of commands run on the board: uname -a, dpkg --print-architecture, getconf LONG_BIT, /proc/cpuinfo or lscpu, nvidia-smi, nvcc --version, /etc/nv_tegra_release, /proc/device-tree/compatible or getprop.';

/** Every recogniser, fresh for one parse. */
function recognisers(): Recogniser[] {
  return [
    unameUserlandRecogniser(),
    cpuinfoRecogniser((context, model) => readBoardModel(context, model, 'cpuinfo')),
    nvidiaRecogniser(),
    boardIdentityRecogniser(),
    getpropRecogniser(),
  ];
}

/** Every finding in the text, in line order; `cut` when the text was longer than is read. */
export function readEvidence(text: string): { evidence: Evidence[]; cut: boolean } {
  const readers = recognisers();
  const evidence: Evidence[] = [];
  let command = '';
  const { lines, cut } = probeLines(text);
  for (const { line, text: lineText } of lines) {
    const asCommand = commandOf(lineText);
    if (asCommand !== null) {
      command = asCommand;
      continue;
    }
    const context = { line, text: lineText, command };
    for (const reader of readers) evidence.push(...reader.read(context));
  }
  for (const reader of readers) evidence.push(...(reader.finish?.() ?? []));
  return { evidence, cut };
}

/** Reads a paste and proposes a target from the given catalogue devices. */
export function parseBoardProbe(text: string, devices: readonly CatalogueDevice[]): BoardReading {
  const { evidence, cut } = readEvidence(text);
  if (evidence.length === 0) return { recognised: false, message: NOTHING_RECOGNISED };
  const inference = inferTarget(evidence, devices);
  if (cut) {
    const text = `only the first ${MAX_READ_LINES} lines were read`;
    inference.notes.push({ text, source: { line: MAX_READ_LINES, text: '' } });
  }
  return { recognised: true, ...inference };
}
