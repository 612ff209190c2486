/**
 * Android `getprop` (probe-facts.md §5): the whole dump (`[key]: [value]`), build.prop lines
 * (`key=value`) or one property's bare value under the `getprop key` command that printed it.
 */
import { matchModel } from './board-models';
import { boardEvidence } from './board-identity';
import { archClue, found } from './evidence';
import type { ArchClue, Evidence, LineContext, Recogniser } from './probe-types';

/** ABI → Arch clue (NDK ABIs); Android's armeabi-v7a passes floats in integer registers. */
const ABIS: Readonly<Record<string, Omit<ArchClue, 'level'>>> = {
  'arm64-v8a': { family: 'arm', width: 64 },
  'armeabi-v7a': { family: 'arm', width: 32, float: 'soft' },
  armeabi: { family: 'arm', width: 32, float: 'soft', outOfRange: 'armeabi' },
  x86: { family: 'x86', width: 32 },
  x86_64: { family: 'x86', width: 64 },
};

/** The properties read, each once; anything else in a dump is skipped. */
const PROPERTIES = [
  'ro.product.cpu.abilist',
  'ro.product.cpu.abi',
  'ro.build.version.sdk',
  'ro.board.platform',
  'ro.soc.model',
  'ro.hardware.egl',
] as const;
type Property = (typeof PROPERTIES)[number];
const PROPERTY_SET: ReadonlySet<string> = new Set(PROPERTIES);

function property(context: LineContext): { key: Property; value: string } | null {
  const { text, command } = context;
  const dump = /^\[([\w.]{1,60})\]: \[([^\]]{0,200})\]$/.exec(text);
  const prop = /^([\w.]{1,60})=(.{0,200})$/.exec(text);
  const pair = dump ?? prop;
  if (pair !== null) {
    return PROPERTY_SET.has(pair[1]!) ? { key: pair[1] as Property, value: pair[2]!.trim() } : null;
  }
  // `getprop ro.build.version.sdk` prints the bare value on the next line.
  const asked = /getprop ([\w.]{1,60})$/.exec(command)?.[1];
  return asked !== undefined && PROPERTY_SET.has(asked) && !text.includes(' ')
    ? { key: asked as Property, value: text }
    : null;
}

function readAbi(context: LineContext, list: string): Evidence[] {
  const abi = list.split(',')[0]?.trim() ?? '';
  if (!Object.hasOwn(ABIS, abi)) return [];
  const origin = { context, probe: 'getprop' as const, confidence: 'high' as const };
  return [
    found(origin, { kind: 'os', value: 'ANDROID' }),
    archClue(origin, { ...ABIS[abi]!, level: 'userland' }),
    // The NDK counts NEON as part of armeabi-v7a.
    ...(abi === 'armeabi-v7a' ? [found(origin, { kind: 'neon', value: true })] : []),
  ];
}

function readProperty(context: LineContext): Evidence[] {
  const found_ = property(context);
  if (found_ === null) {
    // A bare ABI list (`arm64-v8a,armeabi-v7a,armeabi`) is unmistakably getprop's.
    return /^(arm64-v8a|armeabi-v7a|armeabi|x86_64|x86)(,[\w-]{1,20}){0,6}$/.test(context.text) &&
      (context.text.includes('-') || context.command.includes('getprop'))
      ? readAbi(context, context.text)
      : [];
  }
  const { key, value } = found_;
  const origin = { context, probe: 'getprop' as const, confidence: 'high' as const };
  switch (key) {
    case 'ro.product.cpu.abilist':
    case 'ro.product.cpu.abi':
      return readAbi(context, value);
    case 'ro.build.version.sdk':
      return /^\d{1,3}$/.test(value)
        ? [
            found(origin, { kind: 'os', value: 'ANDROID' }),
            found(origin, { kind: 'android-sdk', value: Number(value) }),
          ]
        : [];
    case 'ro.board.platform':
    case 'ro.soc.model': {
      const device = /^qcs60[35]$/i.test(value)
        ? (value.toLowerCase() as 'qcs605' | 'qcs603')
        : null;
      const board = device === null ? matchModel(value) : null;
      if (device !== null) {
        return [
          found(origin, { kind: 'os', value: 'ANDROID' }),
          found(
            {
              ...origin,
              confidence: 'low',
              note: 'the property value for Qualcomm QCS60x boards is unverified',
            },
            { kind: 'device', value: device, board: value.toUpperCase() },
          ),
        ];
      }
      return board === null ? [] : boardEvidence(context, board, 'getprop', 'low');
    }
    case 'ro.hardware.egl':
      return /mali/i.test(value)
        ? [
            found(
              { ...origin, confidence: 'low', note: 'the EGL driver name hints at a Mali GPU' },
              { kind: 'accelerator', value: 'MALI' },
            ),
          ]
        : [];
  }
}

/** Android properties: one line each, no state. */
export function getpropRecogniser(): Recogniser {
  return { read: readProperty };
}
