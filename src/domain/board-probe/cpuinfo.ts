/**
 * `/proc/cpuinfo` and `lscpu`, read with one key map (probe-facts.md §2.1): the ARM cores
 * (implementer/part, possibly two clusters), the x86 family/model/stepping, the width the
 * kernel reports, NEON, and the board lines some kernels add (`Model :` on a Pi,
 * `Hardware : jetson_tx1`).
 */
import { ARM_CORES, lscpuArmCore, x86Mcpu } from './cpu-cores';
import { archClue, found, keyValue } from './evidence';
import type { Evidence, LineContext, Recogniser } from './probe-types';
import { machineEvidence } from './uname-userland';

type CoreSeen = { key: string; context: LineContext };
type X86Seen = {
  vendor?: string;
  family?: number;
  model?: LineContext & { value: number };
  stepping?: LineContext & { value: number };
};

const HEX = /^0x[0-9a-f]{1,4}$/;
const INTEGER = /^\d{1,4}$/;

/** A fresh cpuinfo/lscpu reader for one parse. */
export function cpuinfoRecogniser(
  readBoardModel: (context: LineContext, model: string) => Evidence[],
): Recogniser {
  let implementer: string | undefined;
  const cores: CoreSeen[] = [];
  const x86: X86Seen = {};

  const read = (context: LineContext): Evidence[] => {
    const pair = keyValue(context.text);
    if (pair === null) return [];
    const key = pair.key.replace(/\s+/g, ' ');
    const { value } = pair;
    const origin = (confidence: 'high' | 'medium' | 'low', note?: string) => ({
      context,
      probe: 'cpuinfo' as const,
      confidence,
      ...(note === undefined ? {} : { note }),
    });
    switch (key) {
      case 'CPU implementer':
        if (HEX.test(value)) implementer = value.toLowerCase();
        return [];
      case 'CPU part':
        if (HEX.test(value) && implementer !== undefined) {
          cores.push({ key: `${implementer}/${value.toLowerCase()}`, context });
        }
        return [];
      case 'CPU architecture':
        if (value === '7')
          return [archClue(origin('medium'), { family: 'arm', width: 32, level: 'kernel' })];
        if (value === '8')
          return [archClue(origin('medium'), { family: 'arm', width: 64, level: 'kernel' })];
        return [];
      case 'Architecture':
        return machineEvidence(context, value, 'cpuinfo');
      case 'model name':
      case 'Model name':
      case 'Processor':
        return readModelName(value, origin);
      case 'Features':
      case 'flags':
      case 'Flags':
        return readFeatures(value, origin);
      case 'vendor_id':
      case 'Vendor ID':
        x86.vendor = value;
        return [];
      case 'cpu family':
      case 'CPU family':
        if (INTEGER.test(value)) x86.family = Number(value);
        return [];
      case 'model':
      case 'Model':
        if (INTEGER.test(value)) {
          x86.model = { ...context, value: Number(value) };
          return [];
        }
        return key === 'Model' ? readBoardModel(context, value) : [];
      case 'stepping':
      case 'Stepping':
        if (INTEGER.test(value)) x86.stepping = { ...context, value: Number(value) };
        return [];
      case 'Hardware':
        if (/^jetson[_-]?tx1$/i.test(value)) return readBoardModel(context, value);
        if (value === 'BCM2835') {
          return [
            found(origin('high'), {
              kind: 'ignored',
              what: 'Hardware : BCM2835 is printed by every Raspberry Pi since kernel 4.9, so it does not tell the model',
            }),
          ];
        }
        return [];
      default:
        return [];
    }
  };

  return { read, finish: () => [...armMcpu(cores), ...intelAmdMcpu(x86)] };
}

type OriginOf = (
  confidence: 'high' | 'medium' | 'low',
  note?: string,
) => {
  context: LineContext;
  probe: 'cpuinfo';
  confidence: 'high' | 'medium' | 'low';
};

function readModelName(value: string, origin: OriginOf): Evidence[] {
  if (value.includes('(v7l)'))
    return [archClue(origin('medium'), { family: 'arm', width: 32, level: 'kernel' })];
  if (value.includes('(v6l)') || value.startsWith('ARMv6')) {
    return [
      archClue(origin('medium'), {
        family: 'arm',
        width: 32,
        outOfRange: 'armv6',
        level: 'kernel',
      }),
    ];
  }
  const core = lscpuArmCore(value);
  if (core !== null) return [found(origin('high'), { kind: 'mcpu', value: core, cores: [value] })];
  if (/\b(Intel|AMD)\b/.test(value))
    return [archClue(origin('medium'), { family: 'x86', level: 'kernel' })];
  return [];
}

function readFeatures(value: string, origin: OriginOf): Evidence[] {
  const words = new Set(value.split(/\s+/, 200));
  if (words.has('asimd'))
    return [archClue(origin('medium'), { family: 'arm', width: 64, level: 'kernel' })];
  if (words.has('neon')) return [found(origin('high'), { kind: 'neon', value: true })];
  if (words.has('vfp') || words.has('half')) {
    return [
      found(origin('medium', 'the Features line has no neon'), { kind: 'neon', value: false }),
    ];
  }
  return [];
}

/** The suggested ARM core: the biggest cluster that has an LLVM name (§2.2 design note). */
function armMcpu(cores: readonly CoreSeen[]): Evidence[] {
  const known = cores.flatMap((seen) => {
    const core = Object.hasOwn(ARM_CORES, seen.key) ? ARM_CORES[seen.key]! : undefined;
    return core === undefined ? [] : [{ ...core, context: seen.context }];
  });
  if (known.length === 0) {
    const first = cores[0];
    return first === undefined
      ? []
      : [
          found(
            { context: first.context, probe: 'cpuinfo', confidence: 'high' },
            {
              kind: 'ignored',
              what: `CPU ${first.key} is not in LLVM's table, so mcpu is left out (LLVM would use generic)`,
            },
          ),
        ];
  }
  const names = [...new Set(known.map((core) => core.core))];
  const named = known.filter((core) => core.mcpu !== null).sort((a, b) => b.tier - a.tier);
  const chosen = named[0];
  if (chosen === undefined || chosen.mcpu === null) return [];
  const others = names.filter((name) => name !== chosen.core);
  const note =
    others.length === 0
      ? undefined
      : `cores: ${names.join(' + ')}; ${chosen.mcpu} is the biggest with an LLVM name (both clusters run the same ISA)`;
  return [
    found(
      {
        context: chosen.context,
        probe: 'cpuinfo',
        confidence: 'high',
        ...(note === undefined ? {} : { note }),
      },
      { kind: 'mcpu', value: chosen.mcpu, cores: names },
    ),
  ];
}

function intelAmdMcpu(x86: X86Seen): Evidence[] {
  const { vendor, family, model, stepping } = x86;
  if (vendor === undefined || family === undefined || model === undefined) return [];
  const result = x86Mcpu({
    vendor,
    family,
    model: model.value,
    ...(stepping === undefined ? {} : { stepping: stepping.value }),
  });
  const context = model.value === 85 && stepping !== undefined ? stepping : model;
  if (result === null) {
    return [
      found(
        { context, probe: 'cpuinfo', confidence: 'high' },
        {
          kind: 'ignored',
          what: `${vendor} family ${family} model ${model.value} is not in the mcpu table, so mcpu is left out`,
        },
      ),
    ];
  }
  const note =
    model.value === 85 && stepping === undefined
      ? 'no stepping pasted: skylake-avx512 runs on every model-85 Xeon'
      : undefined;
  return [
    found(
      {
        context,
        probe: 'cpuinfo',
        confidence: result.confidence,
        ...(note === undefined ? {} : { note }),
      },
      {
        kind: 'mcpu',
        value: result.mcpu,
        cores: [`${vendor} family ${family} model ${model.value}`],
      },
    ),
  ];
}
