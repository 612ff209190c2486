/**
 * `uname -m` / `uname -a` (the kernel), and the userland probes `dpkg --print-architecture`,
 * `getconf LONG_BIT` and `readelf -A` / `readelf -h` (probe-facts.md §1).
 */
import { archClue, found, keyValue } from './evidence';
import {
  COMPAT_MACHINE,
  DEBIAN_ARCHITECTURES,
  KERNEL_MACHINES,
  lastMachineToken,
} from './machine-strings';
import type { Evidence, LineContext, Recogniser } from './probe-types';

/** The Arch clue of a kernel machine string, or of `armv8l` (a 32-bit userland). */
export function machineEvidence(
  context: LineContext,
  machine: string,
  probe: 'uname' | 'cpuinfo',
): Evidence[] {
  if (machine === COMPAT_MACHINE) {
    return [
      archClue(
        {
          context,
          probe,
          confidence: 'high',
          note: 'armv8l: a 32-bit process on a 64-bit ARM kernel',
        },
        { family: 'arm', width: 32, level: 'userland' },
      ),
    ];
  }
  if (!Object.hasOwn(KERNEL_MACHINES, machine)) return [];
  const entry = KERNEL_MACHINES[machine]!;
  return [
    archClue({ context, probe, confidence: entry.confidence }, { ...entry.clue, level: 'kernel' }),
  ];
}

function readUname(context: LineContext): Evidence[] {
  const { text } = context;
  if (text.startsWith('Linux ')) {
    const words = text.split(/\s+/);
    const machine = lastMachineToken(words);
    if (machine === undefined || words.length < 4) return [];
    const release = (words[2] ?? '').toLowerCase();
    const isAndroid = release.includes('android');
    return [
      found(
        {
          context,
          probe: 'uname',
          confidence: isAndroid ? 'low' : 'high',
          ...(isAndroid ? { note: 'the kernel release names Android' } : {}),
        },
        { kind: 'os', value: isAndroid ? 'ANDROID' : 'LINUX' },
      ),
      ...machineEvidence(context, machine, 'uname'),
    ];
  }
  // Debian names win for bare words both tools print (arm64, i386), unless `uname` ran.
  if (Object.hasOwn(DEBIAN_ARCHITECTURES, text) && !context.command.startsWith('uname')) return [];
  return machineEvidence(context, text, 'uname');
}

function readDpkg(context: LineContext): Evidence[] {
  const { text } = context;
  if (!Object.hasOwn(DEBIAN_ARCHITECTURES, text) || context.command.startsWith('uname')) return [];
  const entry = DEBIAN_ARCHITECTURES[text]!;
  const origin = { context, probe: 'userland' as const, confidence: entry.confidence };
  return [
    archClue(origin, { ...entry.clue, level: 'userland' }),
    found(
      { ...origin, confidence: 'medium', note: 'dpkg: a Debian-based Linux' },
      { kind: 'os', value: 'LINUX' },
    ),
  ];
}

function readGetconf(context: LineContext): Evidence[] {
  const { text, command } = context;
  if (text !== '32' && text !== '64') return [];
  // A bare 32 or 64 is most likely LONG_BIT; without the command above it, say so.
  const fromCommand = command.startsWith('getconf');
  if (!fromCommand && command !== '') return [];
  return [
    archClue(
      {
        context,
        probe: 'userland',
        confidence: fromCommand ? 'high' : 'low',
        ...(fromCommand ? {} : { note: 'read as getconf LONG_BIT' }),
      },
      { width: text === '32' ? 32 : 64, level: 'userland' },
    ),
  ];
}

const READELF_MACHINES: Readonly<Record<string, { family: 'arm' | 'x86'; width?: 32 | 64 }>> = {
  ARM: { family: 'arm', width: 32 },
  AArch64: { family: 'arm', width: 64 },
  'Advanced Micro Devices X86-64': { family: 'x86', width: 64 },
  'Intel 80386': { family: 'x86', width: 32 },
};

function readReadelf(context: LineContext): Evidence[] {
  const pair = keyValue(context.text);
  if (pair === null) return [];
  const origin = { context, probe: 'userland' as const, confidence: 'high' as const };
  const { key, value } = pair;
  if (key === 'Tag_ABI_VFP_args' && value === 'VFP registers') {
    return [archClue(origin, { family: 'arm', width: 32, float: 'hard', level: 'userland' })];
  }
  if (key === 'Tag_CPU_arch') {
    if (/^v[45]/.test(value))
      return [
        archClue(origin, { family: 'arm', width: 32, outOfRange: 'armv5', level: 'userland' }),
      ];
    if (/^v6/.test(value))
      return [
        archClue(origin, { family: 'arm', width: 32, outOfRange: 'armv6', level: 'userland' }),
      ];
    return [];
  }
  if (key === 'Tag_Advanced_SIMD_arch' && value.startsWith('NEON')) {
    return [found({ ...origin, confidence: 'medium' }, { kind: 'neon', value: true })];
  }
  if (key === 'Class' && (value === 'ELF32' || value === 'ELF64')) {
    return [
      archClue(
        { ...origin, confidence: 'medium' },
        { width: value === 'ELF32' ? 32 : 64, level: 'userland' },
      ),
    ];
  }
  if (key === 'Machine' && Object.hasOwn(READELF_MACHINES, value)) {
    return [archClue(origin, { ...READELF_MACHINES[value]!, level: 'userland' })];
  }
  if (key === 'Flags' && value.includes('EABI')) {
    if (value.includes('hard-float'))
      return [archClue(origin, { family: 'arm', width: 32, float: 'hard', level: 'userland' })];
    if (value.includes('soft-float'))
      return [archClue(origin, { family: 'arm', width: 32, float: 'soft', level: 'userland' })];
  }
  return [];
}

/** uname, dpkg, getconf and readelf: one line each, no state. */
export function unameUserlandRecogniser(): Recogniser {
  return {
    read: (context) => [
      ...readUname(context),
      ...readDpkg(context),
      ...readGetconf(context),
      ...readReadelf(context),
    ],
  };
}
