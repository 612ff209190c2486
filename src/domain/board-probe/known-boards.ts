/**
 * The boards detection knows (probe-facts.md §6.2), each once: what it is called and the
 * TargetDevice it maps to. `device: null` is a board the catalogue has no single entry for
 * (Jetson Orin, a bare Tegra X1): the answer is then a TargetPlatform. Detection
 * (board-models) and the catalogue search read this one list; it is plain data, so the search
 * can load it without the detection rules.
 */
import type { TargetDevice } from '../api-values';

export type Board = {
  device: TargetDevice | null;
  board: string;
  accelerator?: 'NVIDIA' | 'MALI';
  gpuCode?: string;
  note?: string;
};

const XAVIER_NX_NOTE =
  'Xavier NX has the AGX Xavier GPU (sm_72) and CPU (Carmel); the catalogue has no separate entry, so jetson_xavier is the closest match';

const jetson = (
  device: TargetDevice | null,
  board: string,
  gpuCode: string,
  note?: string,
): Board => ({
  device,
  board,
  accelerator: 'NVIDIA',
  gpuCode,
  ...(note === undefined ? {} : { note }),
});

/** Each board once; board-models' compatible and model tables point at these. */
export const BOARDS = {
  rasp3b: { device: 'rasp3b', board: 'Raspberry Pi 3' },
  rasp4b: { device: 'rasp4b', board: 'Raspberry Pi 4' },
  cm4: {
    device: 'rasp4b',
    board: 'Raspberry Pi Compute Module 4',
    note: 'CM4 has the Pi 4 SoC (BCM2711)',
  },
  tx1: jetson('jetson_tx1', 'Jetson TX1', 'sm_53'),
  nano: jetson('jetson_nano', 'Jetson Nano', 'sm_53'),
  tegraX1: jetson(null, 'Jetson with a Tegra X1 (TX1 or Nano)', 'sm_53'),
  tx2: jetson('jetson_tx2', 'Jetson TX2', 'sm_62'),
  xavier: jetson('jetson_xavier', 'Jetson AGX Xavier', 'sm_72'),
  xavierNx: jetson('jetson_xavier', 'Jetson Xavier NX', 'sm_72', XAVIER_NX_NOTE),
  orin: jetson(null, 'Jetson Orin', 'sm_87'),
  imx8qm: { device: 'imx8qm', board: 'NXP i.MX 8QuadMax' },
  imx8mplus: { device: 'imx8mplus', board: 'NXP i.MX 8M Plus' },
  tda4vm: { device: 'jacinto_tda4vm', board: 'TI TDA4VM (J721E)' },
  am57x: { device: 'sitara_am57x', board: 'TI Sitara AM57x' },
  rk3399: { device: 'rk3399', board: 'Rockchip RK3399', accelerator: 'MALI' },
  rk3288: { device: 'rk3288', board: 'Rockchip RK3288', accelerator: 'MALI' },
} as const satisfies Record<string, Board>;

/** Every board once, for the catalogue search: search and detection name boards alike. */
export const KNOWN_BOARDS: readonly Board[] = Object.values(BOARDS);
