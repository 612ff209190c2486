/**
 * What a PyTorch file tells without PyTorch (pytorch/pytorch torch/csrc/jit/docs/serialization.md,
 * caffe2/serialize/inline_container.cc, torch/serialization.py): `torch.jit.save` writes a ZIP
 * whose entries sit under one top-level folder, with `code/`, `data.pkl`, `constants.pkl` and a
 * decimal `version` record (`.data/version` from format 6). Plain `torch.save` (PyTorch ≥ 1.6)
 * also writes a ZIP, with `data.pkl` and `data/` but no `code/` and no `constants.pkl`: a
 * state_dict, weights without a graph. Before 1.6 it wrote a raw pickle led by the magic
 * 0x1950a86a20f9469cfc6c; an 8-byte `PYTORCH1` is the preview release's format.
 */
import type { TorchScriptFacts } from './model-types';
import type { ZipWalk } from './zip-walker';

/** The entries of a PyTorch ZIP worth keeping: the version records and the code. */
export function wantsTorchEntry(name: string): boolean {
  return /^[^/]+\/(\.data\/)?version$/.test(name) || /^[^/]+\/code\/.*\.py$/.test(name);
}

const LEGACY_MAGIC = [0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8];

const decoder = new TextDecoder();

/** forward()'s arguments after self, from the first `def forward(self, …)` in code/. */
function forwardArgs(walk: ZipWalk): string[] | undefined {
  for (const [name, bytes] of walk.kept) {
    if (!name.includes('/code/')) continue;
    const match = /def forward\(\s*self\s*(?:,([^)]*))?\)/.exec(decoder.decode(bytes));
    if (!match) continue;
    return (match[1] ?? '')
      .split(',')
      .map((arg) => arg.split(':')[0]!.split('=')[0]!.trim())
      .filter((arg) => arg !== '');
  }
  return undefined;
}

export function readTorchFacts(walk: ZipWalk): TorchScriptFacts & { topFolders: string[] } {
  const head = walk.head;
  const topFolders = [
    ...new Set(walk.names.map((name) => (name.includes('/') ? name.split('/')[0]! : ''))),
  ];
  if (decoder.decode(head.subarray(0, 8)) === 'PYTORCH1')
    return { kind: 'preview-format', topFolders };
  if (
    LEGACY_MAGIC.every((byte, at) => head[at] === byte) ||
    (head[0] === 0x80 && walk.names.length === 0)
  ) {
    return { kind: 'legacy-pickle', topFolders };
  }
  if (walk.names.length === 0) return { kind: 'unknown', topFolders };
  const versionText =
    [...walk.kept].find(([name]) => name.endsWith('/.data/version'))?.[1] ??
    [...walk.kept].find(([name]) => /^[^/]+\/version$/.test(name))?.[1];
  const version = versionText ? Number(decoder.decode(versionText).trim()) : undefined;
  const hasCode = walk.names.some((name) => /^[^/]+\/code\//.test(name));
  const hasConstants = walk.names.some((name) => /^[^/]+\/constants\.pkl$/.test(name));
  return {
    kind: hasCode || hasConstants ? 'torchscript' : 'state-dict',
    version: Number.isInteger(version) ? version : undefined,
    forwardArgs: hasCode ? forwardArgs(walk) : undefined,
    topFolders,
  };
}
