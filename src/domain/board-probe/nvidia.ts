/**
 * NVIDIA probes (probe-facts.md §3): nvidia-smi (table and CSV query), nvcc, CUDA's
 * version.txt / version.json, TensorRT package lists, jtop and trtexec. cuda-ver is never read
 * from nvidia-smi's header: that is the newest CUDA the driver can run, not the toolkit.
 */
import { found, keyValue } from './evidence';
import { computeCapToGpuCode, lookUpGpu } from './gpu-names';
import type { Confidence, Evidence, LineContext, Recogniser } from './probe-types';

const at = (context: LineContext, confidence: Confidence, note?: string) => ({
  context,
  probe: 'nvidia' as const,
  confidence,
  ...(note === undefined ? {} : { note }),
});

const NVIDIA = { kind: 'accelerator', value: 'NVIDIA' } as const;

function majorMinor(version: string): string | null {
  const match = /^(\d{1,2})\.(\d{1,2})/.exec(version);
  return match === null ? null : `${match[1]}.${match[2]}`;
}

function threeParts(version: string): string | null {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{1,3})/.exec(version);
  return match === null ? null : `${match[1]}.${match[2]}.${match[3]}`;
}

function gpuName(context: LineContext, name: string): Evidence[] {
  const gpu = lookUpGpu(name);
  if (gpu === undefined) {
    return [
      found(at(context, 'high'), NVIDIA),
      found(at(context, 'high'), {
        kind: 'ignored',
        what: `GPU "${name}" is not in the compute-capability table, so gpu-code is left out`,
      }),
    ];
  }
  const note = gpu.device === undefined ? undefined : `${name} is the GPU of ${gpu.device}`;
  return [
    found(at(context, 'high'), NVIDIA),
    found(at(context, gpu.confidence, note), { kind: 'gpu-code', value: gpu.gpuCode }),
  ];
}

function readSmiTable(context: LineContext): Evidence[] {
  const { text } = context;
  if (text.includes('NVIDIA-SMI') && text.includes('Driver Version')) {
    return [
      found(at(context, 'high'), NVIDIA),
      found(at(context, 'high'), {
        kind: 'ignored',
        what: "nvidia-smi's CUDA Version is the newest the driver supports, not the installed toolkit: cuda-ver comes from nvcc --version or version.json",
      }),
    ];
  }
  if (!text.startsWith('|')) return [];
  // GPU row: "|   0  Tesla T4            On   | 00000000:00:1E.0 Off |"
  const cell = (text.split('|', 3)[1] ?? '').trim().split(/\s+/);
  const last = cell[cell.length - 1];
  if (cell.length < 3 || !/^\d{1,2}$/.test(cell[0] ?? '') || (last !== 'On' && last !== 'Off'))
    return [];
  return gpuName(context, cell.slice(1, -1).join(' '));
}

function readToolkit(context: LineContext): Evidence[] {
  const { text } = context;
  const nvcc = /^Cuda compilation tools, release (\d{1,2}\.\d{1,2})/.exec(text);
  if (nvcc !== null)
    return [
      found(at(context, 'high'), NVIDIA),
      found(at(context, 'high'), { kind: 'cuda-ver', value: nvcc[1]! }),
    ];
  const versionTxt = /^CUDA Version (\d{1,2}\.\d{1,2})\.\d/.exec(text);
  if (versionTxt !== null)
    return [
      found(at(context, 'high'), NVIDIA),
      found(at(context, 'high'), { kind: 'cuda-ver', value: versionTxt[1]! }),
    ];
  const trtexec = /\[TensorRT v(\d{4,6})\]/.exec(text);
  if (trtexec !== null) return trtexecVersion(context, trtexec[1]!);
  // python3 -c "import tensorrt; print(tensorrt.__version__)" prints the bare version.
  const bare = context.command.includes('tensorrt') ? threeParts(text) : null;
  if (bare !== null && /^[\d.]+$/.test(text)) {
    return [
      found(at(context, 'high'), NVIDIA),
      found(at(context, 'medium'), { kind: 'trt-ver', value: bare }),
    ];
  }
  return [];
}

/** `v8502` → 8.5.2 (major, minor, patch); TensorRT 10 prints six digits (`v100300`). */
function trtexecVersion(context: LineContext, digits: string): Evidence[] {
  const version =
    digits.length === 4
      ? `${digits[0]}.${digits[1]}.${Number(digits.slice(2))}`
      : digits.length === 6
        ? `${Number(digits.slice(0, 2))}.${Number(digits.slice(2, 4))}.${Number(digits.slice(4))}`
        : null;
  if (version === null) return [];
  return [
    found(at(context, digits.length === 4 ? 'high' : 'medium'), {
      kind: 'trt-ver',
      value: version,
    }),
  ];
}

/** `libnvinfer8 8.2.1-1+cuda10.2`, `libnvinfer8 (= 8.2.2-1+cuda11.4)`, `tensorrt 8.2.1.8-1+cuda10.2`. */
function readTensorRtPackage(context: LineContext): Evidence[] {
  const lower = context.text.toLowerCase();
  if (!lower.includes('nvinfer') && !lower.includes('tensorrt')) return [];
  const match =
    /(\d{1,2}\.\d{1,2}\.\d{1,3}(?:\.\d{1,4})?)-[\w.~]{1,20}\+cuda(\d{1,2}\.\d{1,2})/.exec(lower);
  if (match === null) return [];
  return [
    found(at(context, 'high'), NVIDIA),
    found(at(context, 'high'), { kind: 'trt-ver', value: threeParts(match[1]!)! }),
    found(at(context, 'medium', 'the CUDA the TensorRT package was built for'), {
      kind: 'cuda-ver',
      value: match[2]!,
    }),
  ];
}

/** jtop / jetson_release: `- TensorRT: 8.5.2.2`, `- CUDA: 12.6.68`. */
function readJtop(context: LineContext): Evidence[] {
  const pair = keyValue(context.text.replace(/^-\s*/, ''));
  const reading =
    pair?.key === 'TensorRT'
      ? { kind: 'trt-ver' as const, value: threeParts(pair.value), confidence: 'high' as const }
      : pair?.key === 'CUDA'
        ? {
            kind: 'cuda-ver' as const,
            value: majorMinor(pair.value),
            confidence: 'medium' as const,
          }
        : null;
  if (reading === null || reading.value === null) return [];
  return [
    found(at(context, 'high'), NVIDIA),
    found(at(context, reading.confidence), { kind: reading.kind, value: reading.value }),
  ];
}

/** A fresh reader of the NVIDIA probes for one parse (CSV columns and version.json nest). */
export function nvidiaRecogniser(): Recogniser {
  let csv: { cap: number; name: number } | null = null;
  let jsonKey: { key: string; linesLeft: number } | null = null;

  const readCsv = (context: LineContext): Evidence[] => {
    const { text } = context;
    if (text === 'Field "compute_cap" is not a valid field to query.') {
      return [
        found(at(context, 'high'), {
          kind: 'ignored',
          what: 'this driver has no compute_cap field: paste the plain nvidia-smi table so the GPU name gives gpu-code',
        }),
      ];
    }
    const cells = text.split(',', 12).map((cell) => cell.trim());
    const cap = cells.indexOf('compute_cap');
    if (cap !== -1) {
      csv = { cap, name: cells.indexOf('name') };
      return [];
    }
    if (csv === null || cells.length <= csv.cap) return [];
    const gpuCode = computeCapToGpuCode(cells[csv.cap] ?? '');
    if (gpuCode === null) return [];
    return [
      found(at(context, 'high'), NVIDIA),
      found(at(context, 'high'), { kind: 'gpu-code', value: gpuCode }),
    ];
  };

  const readVersionJson = (context: LineContext): Evidence[] => {
    const { text } = context;
    const opening = /^"([\w-]{1,40})"\s*:\s*\{/.exec(text);
    if (opening !== null)
      jsonKey =
        opening[1] === 'cuda' || opening[1] === 'cuda_nvcc'
          ? { key: opening[1], linesLeft: 4 }
          : null;
    if (jsonKey === null) return [];
    const version = /"version"\s*:\s*"(\d{1,2}\.\d{1,2})[\d.]*"/.exec(text);
    jsonKey.linesLeft -= 1;
    if (version === null) {
      if (jsonKey.linesLeft <= 0) jsonKey = null;
      return [];
    }
    jsonKey = null;
    return [
      found(at(context, 'high'), NVIDIA),
      found(at(context, 'high', 'CUDA version.json'), { kind: 'cuda-ver', value: version[1]! }),
    ];
  };

  return {
    read: (context) => [
      ...readSmiTable(context),
      ...readToolkit(context),
      ...readTensorRtPackage(context),
      ...readJtop(context),
      ...readCsv(context),
      ...readVersionJson(context),
    ],
  };
}
