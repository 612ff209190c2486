/**
 * Machine strings (`uname -m`, lscpu `Architecture:`) and Debian architecture names, each
 * with the Arch clue it gives (probe-facts.md §1.2, §1.3). One table per closed set.
 */
import type { ArchClue, Confidence } from './probe-types';

type MachineEntry = { clue: Omit<ArchClue, 'level'>; confidence: Confidence; note?: string };

export const KERNEL_MACHINES: Readonly<Record<string, MachineEntry>> = {
  x86_64: { clue: { family: 'x86', width: 64 }, confidence: 'high' },
  i686: { clue: { family: 'x86', width: 32 }, confidence: 'high' },
  i586: { clue: { family: 'x86', width: 32 }, confidence: 'high' },
  i486: { clue: { family: 'x86', width: 32 }, confidence: 'high' },
  i386: { clue: { family: 'x86', width: 32 }, confidence: 'high' },
  aarch64: { clue: { family: 'arm', width: 64 }, confidence: 'high' },
  arm64: { clue: { family: 'arm', width: 64 }, confidence: 'medium' },
  aarch64_be: {
    clue: { family: 'arm', width: 64, outOfRange: 'big-endian' },
    confidence: 'medium',
  },
  armv7l: { clue: { family: 'arm', width: 32 }, confidence: 'high' },
  armv6l: { clue: { family: 'arm', width: 32, outOfRange: 'armv6' }, confidence: 'medium' },
  armv5tel: { clue: { family: 'arm', width: 32, outOfRange: 'armv5' }, confidence: 'medium' },
  armv5tejl: { clue: { family: 'arm', width: 32, outOfRange: 'armv5' }, confidence: 'medium' },
};

/**
 * `armv8l` is the 32-bit compat personality of a 64-bit ARM kernel: the process that ran
 * `uname` is itself 32-bit, so it tells the userland, not the kernel.
 */
export const COMPAT_MACHINE = 'armv8l';

/** `dpkg --print-architecture` names: always the userland. */
export const DEBIAN_ARCHITECTURES: Readonly<Record<string, MachineEntry>> = {
  amd64: { clue: { family: 'x86', width: 64 }, confidence: 'high' },
  i386: { clue: { family: 'x86', width: 32 }, confidence: 'high' },
  arm64: { clue: { family: 'arm', width: 64 }, confidence: 'high' },
  armhf: { clue: { family: 'arm', width: 32, float: 'hard' }, confidence: 'high' },
  armel: { clue: { family: 'arm', width: 32, float: 'soft' }, confidence: 'medium' },
};

/** The known machine string in a `uname -a` line: the last token that is one. */
export function lastMachineToken(words: readonly string[]): string | undefined {
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const word = words[index] ?? '';
    if (word === COMPAT_MACHINE || Object.hasOwn(KERNEL_MACHINES, word)) return word;
  }
  return undefined;
}
