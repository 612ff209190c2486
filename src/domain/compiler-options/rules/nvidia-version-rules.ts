/**
 * Rules for the NVIDIA versions (SPEC §3.4, §3.11): trt-ver and cuda-ver come in the pairs
 * NVIDIA ships together in a JetPack (reference probe-facts §4.2), an NVIDIA device takes the
 * three keys together, and a version typed in a short or long form is offered its x.y.z / x.y
 * form, and a TensorRT version Neo does not document is said (a board's real 8.2.1 stays, with
 * its warning, until the user changes it). Every finding is a warning.
 */
import { NEO_DOCUMENTED_TRT_VERSIONS } from '../../board-probe/jetson-releases';
import { ownValue, type JsonObject, type JsonValue } from '../../json/json-value';
import type { Problem } from '../../problem';
import { parseCompilerOptions } from '../api-string';
import type { OptionsContext } from './option-applicability-rules';
import {
  CUDA_VERSION_SUGGESTIONS,
  documentedNvidiaValue,
  NVIDIA_KEYS,
  TRT_VERSION_SUGGESTIONS,
  type NvidiaKey,
} from '../plan/option-suggestions';
import { withOption } from '../option-edits';

type JetPackRow = { trt: string; cuda: readonly string[]; jetpack: string };

/**
 * TensorRT → the CUDA it ships with, per JetPack. 6.0.1 also pairs with 10.1 because the
 * API's own example uses that pair. From JetPack 5 on, a newer CUDA can be installed beside
 * the JetPack's (probe-facts §4.2 notes), so only an older one is a mismatch there.
 */
const JETPACK_ROWS: readonly JetPackRow[] = [
  { trt: '5.0.6', cuda: ['10.0'], jetpack: 'JetPack 4.2' },
  { trt: '5.1.6', cuda: ['10.0'], jetpack: 'JetPack 4.2.1–4.2.3' },
  { trt: '6.0.1', cuda: ['10.0', '10.1'], jetpack: 'JetPack 4.3' },
  { trt: '7.1.3', cuda: ['10.2'], jetpack: 'JetPack 4.4–4.5.1' },
  { trt: '8.0.1', cuda: ['10.2'], jetpack: 'JetPack 4.6' },
  { trt: '8.2.1', cuda: ['10.2'], jetpack: 'JetPack 4.6.1 and later 4.6.x' },
  { trt: '8.4.1', cuda: ['11.4'], jetpack: 'JetPack 5.0.2' },
  { trt: '8.5.2', cuda: ['11.4'], jetpack: 'JetPack 5.1.x' },
  { trt: '8.6.2', cuda: ['12.2'], jetpack: 'JetPack 6.0' },
  { trt: '10.3.0', cuda: ['12.6'], jetpack: 'JetPack 6.1 and 6.2' },
];

const UPGRADABLE_FROM_MAJOR = 11;
const versionParts = (text: string) => text.split('.').map(Number);

function cudaFits(row: JetPackRow, cuda: string): boolean {
  if (row.cuda.includes(cuda)) return true;
  const [major = 0, minor = 0] = versionParts(row.cuda[0] ?? '');
  const [givenMajor = 0, givenMinor = 0] = versionParts(cuda);
  return (
    major >= UPGRADABLE_FROM_MAJOR &&
    (givenMajor > major || (givenMajor === major && givenMinor >= minor))
  );
}

/** A Jetson: the JetPack table applies to NVIDIA on ARM64 only (cloud GPUs are x86). */
function isJetson(context: OptionsContext): boolean {
  const arch = context.device ? context.device.arch : context.target.platform?.arch;
  return arch === 'ARM64' && context.plan.families.includes('nvidia');
}

/** Every NVIDIA version problem of an options object. */
export function nvidiaVersionProblems(options: JsonObject, context: OptionsContext): Problem[] {
  return [
    ...undocumentedTrtProblems(options, context),
    ...pairProblems(options, context),
    ...halfFilledProblems(options, context),
  ];
}

/** Why a TensorRT version outside Neo's documented ones is worth a word, wherever it is shown. */
export function undocumentedTrtMessage(trt: string): string {
  return `trt-ver ${trt} is not among the TensorRT versions Neo documents (${NEO_DOCUMENTED_TRT_VERSIONS.join(', ')}): the job may be rejected or the model may not match the runtime`;
}

function undocumentedTrtProblems(options: JsonObject, context: OptionsContext): Problem[] {
  const trt = ownValue(options, 'trt-ver');
  if (!context.plan.families.includes('nvidia') || typeof trt !== 'string') return [];
  // Another form ("6.0", "v8") has its own message and fix in the value rules.
  if (!/^\d+\.\d+\.\d+$/.test(trt)) return [];
  if ((NEO_DOCUMENTED_TRT_VERSIONS as readonly string[]).includes(trt)) return [];
  return [{ field: 'trt-ver', severity: 'warning', message: undocumentedTrtMessage(trt) }];
}

function pairProblems(options: JsonObject, context: OptionsContext): Problem[] {
  const trt = ownValue(options, 'trt-ver');
  const cuda = ownValue(options, 'cuda-ver');
  if (!isJetson(context) || typeof trt !== 'string' || typeof cuda !== 'string') return [];
  const row = JETPACK_ROWS.find((candidate) => candidate.trt === trt);
  if (row === undefined || !/^\d+\.\d+$/.test(cuda) || cudaFits(row, cuda)) return [];
  const partner = row.cuda[0] ?? cuda;
  return [
    {
      field: 'cuda-ver',
      severity: 'warning',
      message: `trt-ver ${trt} ships with CUDA ${row.cuda.join(' or ')} (${row.jetpack}); cuda-ver ${cuda} is not its documented partner — use ${partner}`,
      fix: { label: `Use ${partner}`, apply: (draft) => withOption(draft, 'cuda-ver', partner) },
    },
  ];
}

const isSet = (options: JsonObject, key: string) => {
  const value = ownValue(options, key);
  return value !== undefined && value !== '';
};

/** An NVIDIA device with some but not all of gpu-code, trt-ver and cuda-ver. */
function halfFilledProblems(options: JsonObject, context: OptionsContext): Problem[] {
  const device = context.device;
  if (device === undefined || !context.plan.families.includes('nvidia')) return [];
  const missing = NVIDIA_KEYS.filter((key) => !isSet(options, key));
  const first = missing[0];
  if (first === undefined || missing.length === NVIDIA_KEYS.length) return [];
  const given = NVIDIA_KEYS.filter((key) => !missing.includes(key));
  const fills = missing.flatMap((key) => {
    const value = documentedValue(key, options, context);
    return value === undefined ? [] : [[key, value] as const];
  });
  const names = missing.join(' and ');
  const problem: Problem = {
    field: first,
    severity: 'warning',
    message: `${given.join(' and ')} ${given.length === 1 ? 'is' : 'are'} set but ${names} ${missing.length === 1 ? 'is' : 'are'} not: Neo compiles for an NVIDIA GPU with gpu-code, trt-ver and cuda-ver together`,
  };
  if (fills.length === missing.length) {
    problem.fix = {
      label: `Set ${fills.map(([key, value]) => `${key} ${value}`).join(' and ')}`,
      apply: (draft) => fills.reduce((next, [key, value]) => withOption(next, key, value), draft),
    };
  }
  return [problem];
}

/** The device's own documented value for a key, else a documented triple that fits the others. */
function documentedValue(
  key: NvidiaKey,
  options: JsonObject,
  context: OptionsContext,
): string | undefined {
  const starter = parseCompilerOptions(context.device?.suggestedCompilerOptions);
  const own = starter.kind === 'object' ? ownValue(starter.value, key) : undefined;
  if (typeof own === 'string') return own;
  const arch = context.device?.arch ?? context.target.platform?.arch;
  return documentedNvidiaValue(key, options, arch ?? undefined)?.value;
}

const DOCUMENTED_VERSIONS: Partial<Record<string, readonly string[]>> = {
  'trt-ver': TRT_VERSION_SUGGESTIONS,
  'cuda-ver': CUDA_VERSION_SUGGESTIONS,
};
const PARTS: Partial<Record<string, number>> = { 'trt-ver': 3, 'cuda-ver': 2 };

/**
 * Candidate repairs of a trt-ver / cuda-ver in the wrong form, best first: the documented
 * version it abbreviates ("6.0" → "6.0.1"), then the same version padded or cut to shape.
 */
export function versionRepairs(key: string, value: JsonValue): string[] {
  const parts = PARTS[key];
  const text =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (parts === undefined || !/^\d+(?:\.\d+)*$/.test(text)) return [];
  const documented = (DOCUMENTED_VERSIONS[key] ?? []).filter((version) =>
    version.startsWith(`${text}.`),
  );
  const given = text.split('.');
  const shaped = [...given, ...Array<string>(parts).fill('0')].slice(0, parts).join('.');
  return [...documented, shaped];
}
