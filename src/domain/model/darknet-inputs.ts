/**
 * The input of a Darknet model from its `.cfg` (pjreddie/darknet src/parser.c
 * parse_net_options): INI-style sections, the first `[net]` or `[network]` carrying width,
 * height, channels and batch. TVM names the input `data`, shape [batch, channels, height,
 * width] (tutorials/frontend/from_darknet.py).
 */
import type { ModelInput } from './model-types';

export type DarknetReading =
  { ok: true; inputs: ModelInput[]; cfgBatch?: number } | { ok: false; reason: string };

export function readDarknetCfg(text: string): DarknetReading {
  const values = new Map<string, string>();
  let section: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[#;].*$/, '').trim();
    if (line === '') continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      if (section !== undefined) break;
      section = header[1]!.trim();
      if (section !== 'net' && section !== 'network') {
        return { ok: false, reason: 'its first section is not [net]' };
      }
      continue;
    }
    const equals = line.indexOf('=');
    if (section !== undefined && equals > 0) {
      values.set(line.slice(0, equals).trim(), line.slice(equals + 1).trim());
    }
  }
  if (section === undefined) return { ok: false, reason: 'it has no [net] section' };
  const size = (key: string) => {
    const value = Number(values.get(key));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  const width = size('width');
  const height = size('height');
  const channels = size('channels');
  const batch = size('batch');
  return {
    ok: true,
    cfgBatch: batch,
    inputs: [
      {
        name: 'data',
        shape: [
          { unknown: 'batch' },
          channels ?? { unknown: 'channels' },
          height ?? { unknown: 'height' },
          width ?? { unknown: 'width' },
        ],
        layout: 'NCHW',
      },
    ],
  };
}
