/**
 * Board identity → catalogue TargetDevice (probe-facts.md §6.2). Device-tree `compatible`
 * strings are stable and preferred; `model` text is free-form and changed between L4T
 * releases, so it is matched more loosely and with less confidence. `device: null` is a board
 * the catalogue has no single entry for (Jetson Orin, a bare Tegra X1): the answer is then a
 * TargetPlatform.
 */
import { BOARDS, type Board } from './known-boards';

export type BoardMatch = Board & { confidence: 'high' | 'medium' };
type BoardName = keyof typeof BOARDS;

const is =
  (...values: string[]) =>
  (entry: string) =>
    values.includes(entry);
const startsWith =
  (...prefixes: string[]) =>
  (entry: string) =>
    prefixes.some((prefix) => entry.startsWith(prefix));

type CompatibleRule = [test: (entry: string) => boolean, board: BoardName, confidence?: 'medium'];

/** Most specific first: a board's compatible wins over its SoC's. */
const COMPATIBLE_RULES: readonly CompatibleRule[] = [
  [startsWith('raspberrypi,3-model-b'), 'rasp3b'],
  [is('raspberrypi,4-model-b'), 'rasp4b'],
  [is('nvidia,p2371-2180', 'nvidia,jetson-cv'), 'tx1'],
  [startsWith('nvidia,p3450-', 'nvidia,jetson-nano'), 'nano'],
  [startsWith('nvidia,p2771-', 'nvidia,p3489-', 'nvidia,quill', 'nvidia,storm'), 'tx2'],
  [startsWith('nvidia,p3509-0000+p3668-'), 'xavierNx', 'medium'],
  [startsWith('nvidia,p2972-', 'nvidia,jetson-xavier'), 'xavier'],
  [startsWith('nvidia,p3737-', 'nvidia,p3701-', 'nvidia,p3767-', 'nvidia,p3768-'), 'orin'],
  [is('fsl,imx8qm-mek', 'fsl,imx8qm'), 'imx8qm'],
  [is('fsl,imx8mp-evk', 'fsl,imx8mp'), 'imx8mplus'],
  [is('ti,j721e-evm', 'ti,j721e'), 'tda4vm'],
  [is('ti,am5728', 'ti,am5718', 'ti,am5728-evm', 'ti,am572x-beagle-x15'), 'am57x', 'medium'],
  [is('rockchip,rk3399'), 'rk3399'],
  [is('rockchip,rk3288'), 'rk3288'],
  [is('brcm,bcm2837'), 'rasp3b'],
  [is('brcm,bcm2711'), 'rasp4b'],
  [is('nvidia,tegra210'), 'tegraX1'],
  [is('nvidia,tegra186'), 'tx2'],
  [is('nvidia,tegra194'), 'xavierNx', 'medium'],
  [is('nvidia,tegra234', 'nvidia,tegra23x'), 'orin'],
];

/** Whether a word looks like a device-tree compatible entry (`vendor,name`). */
export function isCompatibleEntry(word: string): boolean {
  return /^[a-z0-9-]{2,20},[a-z0-9][a-z0-9.+_-]{0,60}$/.test(word);
}

/** The first (most specific) board a compatible list names, with the entry that named it. */
export function matchCompatible(
  entries: readonly string[],
): (BoardMatch & { entry: string }) | null {
  for (const [test, board, confidence] of COMPATIBLE_RULES) {
    const entry = entries.find(test);
    if (entry !== undefined) return { ...BOARDS[board], confidence: confidence ?? 'high', entry };
  }
  return null;
}

/** probe-facts.md §6.2 model fallbacks; Orin first so "Jetson Orin Nano" is never a Nano. */
const MODEL_RULES: readonly [pattern: RegExp, board: BoardName, confidence?: 'high'][] = [
  [/\borin\b/i, 'orin'],
  [/raspberry pi 3/i, 'rasp3b', 'high'],
  [/raspberry pi 4/i, 'rasp4b', 'high'],
  [/raspberry pi compute module 4/i, 'cm4'],
  [/jetson[ _-]?nano/i, 'nano'],
  [/jetson[ _-]?tx1/i, 'tx1'],
  [/jetson[ _-]?tx2|^(quill|storm|lightning)$/i, 'tx2'],
  [/xavier nx/i, 'xavierNx'],
  // L4T 32.2 called the AGX Xavier "Jetson-AGX"; Orin boards say "AGX Orin" (caught above).
  [/jetson[ _-]?(agx[ _-]?)?xavier|^jetson-agx$/i, 'xavier'],
  [/i\.?mx ?8qm/i, 'imx8qm'],
  [/i\.?mx ?8m ?plus/i, 'imx8mplus'],
  [/\bj721e\b/i, 'tda4vm'],
  [/\bam57\d\d\b/i, 'am57x'],
  [/rk3399|rockpro64|rock ?pi ?4/i, 'rk3399'],
  [/rk3288|tinker ?board/i, 'rk3288'],
];

const BOARD_WORDS =
  /orin|raspberry|jetson|quill|storm|lightning|xavier|mx ?8|j721e|am57|rk3|rock|tinker/i;

/** The board a model string (device-tree model, Pi `Model :`, jtop `Model:`) names, if any. */
export function matchModel(model: string): BoardMatch | null {
  // One cheap test first: most lines of a paste name no board at all.
  if (model.length > 120 || !BOARD_WORDS.test(model)) return null;
  const rule = MODEL_RULES.find(([pattern]) => pattern.test(model));
  return rule === undefined ? null : { ...BOARDS[rule[1]], confidence: rule[2] ?? 'medium' };
}
