/**
 * From the files of a model archive to what the check shows (SPEC 9.2, 9.3): the Framework the
 * files point at, the layout problems Neo would fail on (each naming its files and Neo's own
 * error text where ../shared/reference/model-facts.md §1 and §5 have one), and the model's
 * inputs read from its file.
 */
import type { Framework } from '../request/request-values';
import type { ScanResult, ScannedFile } from './archive-scan';
import { readDarknetCfg } from './darknet-inputs';
import { readKerasConfig } from './keras-config';
import { readKerasAttributes } from './keras-hdf5';
import type { ModelCheck, ModelProblem, UnreadableFile } from './model-types';
import { readMxnetSymbol } from './mxnet-inputs';
import { readOnnxInputs } from './onnx-inputs';
import { readFrozenGraphInputs, readSavedModelInputs } from './tensorflow-inputs';
import { readTfliteInputs } from './tflite-inputs';
import { readTorchFacts } from './torchscript';

const base = (path: string) => path.split('/').pop() ?? path;
const lower = (path: string) => base(path).toLowerCase();

/** Files Neo never looks at: macOS resource forks and folder metadata. */
const isNoise = (path: string) =>
  path.startsWith('__MACOSX/') || lower(path).startsWith('._') || lower(path) === '.ds_store';

const KINDS = {
  onnx: (p: string) => lower(p).endsWith('.onnx'),
  tflite: (p: string) => lower(p).endsWith('.tflite'),
  h5: (p: string) => lower(p).endsWith('.h5'),
  graph: (p: string) => /\.(pb|pbtxt)$/.test(lower(p)),
  symbol: (p: string) => lower(p).endsWith('-symbol.json'),
  params: (p: string) => lower(p).endsWith('.params'),
  cfg: (p: string) => lower(p).endsWith('.cfg'),
  weights: (p: string) => lower(p).endsWith('.weights'),
  torch: (p: string) => /\.(pt|pth)$/.test(lower(p)),
  xgboost: (p: string) => lower(p).endsWith('.model'),
};
type Kind = keyof typeof KINDS;

/** Which framework a kind of file points at, in the order the check prefers them. */
const FRAMEWORK_OF: [Kind, Framework][] = [
  ['tflite', 'TFLITE'],
  ['onnx', 'ONNX'],
  ['h5', 'KERAS'],
  ['torch', 'PYTORCH'],
  ['symbol', 'MXNET'],
  ['params', 'MXNET'],
  ['cfg', 'DARKNET'],
  ['weights', 'DARKNET'],
  ['graph', 'TENSORFLOW'],
  ['xgboost', 'XGBOOST'],
];

const UNTAR_TEXT =
  'ClientError: InputConfiguration: Unable to untar input model. Please confirm the model is a tar.gz file';

const list = (files: readonly ScannedFile[]) => files.map((file) => file.path).join(', ');

export function checkModelArchive(fileName: string, scan: ScanResult): ModelCheck | UnreadableFile {
  if (!scan.ok) return { unreadable: scan.message };
  const all = scan.files.filter((file) => !isNoise(file.path));
  const files = all.filter((file) => file.kind === 'file');
  const directories = all.filter((file) => file.kind === 'directory').map((file) => file.path);
  const of = (kind: Kind) => files.filter((file) => KINDS[kind](file.path));
  const problems: ModelProblem[] = [];
  const notes: string[] = [];
  const check: ModelCheck = {
    fileName,
    files: all.filter((file) => file.kind === 'file').map(({ path, size }) => ({ path, size })),
    inputs: [],
    problems,
    notes,
  };

  if (!scan.isTar) {
    problems.push({
      severity: 'warning',
      message: `${fileName} is a bare model file; Neo takes it packed in a .tar.gz.`,
      files: [fileName],
      fix: `Pack it: tar czf model.tar.gz ${base(fileName)}`,
    });
  } else if (!scan.isGzip) {
    problems.push({
      severity: 'error',
      message: `${fileName} is a tar archive but not gzip-compressed; Neo needs a .tar.gz.`,
      files: [fileName],
      neoText: UNTAR_TEXT,
      fix: 'Compress it: gzip model.tar (or make it with tar czf).',
    });
  }

  const frameworks = [
    ...new Set(FRAMEWORK_OF.filter(([kind]) => of(kind).length > 0).map(([, fw]) => fw)),
  ];
  const framework = frameworks[0];
  if (!framework) {
    problems.push({
      severity: 'error',
      message:
        files.length === 0
          ? 'The archive holds no files.'
          : `No model file Neo reads was found (it holds ${list(files.slice(0, 8))}${files.length > 8 ? '…' : ''}).`,
      files: files.slice(0, 8).map((file) => file.path),
      fix: 'Put the model in: one .onnx, .tflite, .h5, .pth, SavedModel, -symbol.json + .params, .cfg + .weights or .model file.',
    });
    return check;
  }
  check.framework = framework;
  if (frameworks.length > 1) {
    problems.push({
      severity: 'warning',
      message: `The archive holds files of several frameworks (${frameworks.join(', ')}); the check reads it as ${framework}.`,
      fix: 'Ship only the files of the model you compile.',
    });
  }

  const exactlyOne = (kind: Kind, what: string, neoText?: string): ScannedFile | undefined => {
    const found = of(kind);
    if (found.length > 1) {
      problems.push({
        severity: 'error',
        message: `The archive holds ${found.length} ${what} files (${list(found)}); Neo takes exactly one.`,
        files: found.map((file) => file.path),
        neoText,
        fix: `Keep one ${what} file in the archive.`,
      });
    }
    return found[0];
  };
  const cannotRead = (file: ScannedFile, reason: string) =>
    problems.push({
      severity: 'warning',
      message: `The inputs of ${file.path} could not be read: ${reason}.`,
      files: [file.path],
    });
  const tooLarge = (file: ScannedFile) =>
    file.capped
      ? (cannotRead(
          file,
          `the check reads model graphs up to ${Math.round((file.bytes?.length ?? 0) / 2 ** 20)} MiB`,
        ),
        true)
      : false;

  switch (framework) {
    case 'ONNX': {
      const file = exactlyOne('onnx', '.onnx')!;
      check.modelFile = file.path;
      if (tooLarge(file)) break;
      const reading = readOnnxInputs(file.bytes ?? new Uint8Array());
      if (!reading.ok) {
        cannotRead(file, reading.reason);
        break;
      }
      check.inputs = reading.inputs;
      if (reading.irVersion !== undefined) notes.push(`ONNX IR version ${reading.irVersion}`);
      if (reading.opset !== undefined) {
        notes.push(`opset ${reading.opset}`);
        if (reading.opset > 12) {
          problems.push({
            severity: 'warning',
            message: `${file.path} uses opset ${reading.opset}; Neo lists ONNX 1.7, whose newest opset is 12 (unverified as a limit).`,
            files: [file.path],
            fix: 'If compilation fails on an operator, export with opset_version=12 or lower.',
          });
        }
      }
      if (reading.producer) notes.push(`written by ${reading.producer}`);
      break;
    }
    case 'TFLITE': {
      const file = exactlyOne('tflite', '.tflite')!;
      check.modelFile = file.path;
      if (tooLarge(file)) break;
      const reading = readTfliteInputs(file.bytes ?? new Uint8Array());
      if (!reading.ok) {
        cannotRead(file, reading.reason);
        break;
      }
      check.inputs = reading.inputs;
      if (reading.schemaVersion !== undefined) notes.push(`TFLite schema ${reading.schemaVersion}`);
      if (reading.subgraphs > 1) {
        problems.push({
          severity: 'warning',
          message: `${file.path} has ${reading.subgraphs} subgraphs; TVM, which Neo uses, reads only one.`,
          files: [file.path],
        });
      }
      break;
    }
    case 'KERAS': {
      const file = exactlyOne(
        'h5',
        '.h5',
        'InputConfiguration: Multiple h5 files provided, <model path>, when only one is allowed',
      )!;
      check.modelFile = file.path;
      const attributes = readKerasAttributes(file.bytes ?? new Uint8Array());
      if (!attributes.ok) {
        cannotRead(
          file,
          file.capped ? `${attributes.reason} within its first 16 MiB` : attributes.reason,
        );
        break;
      }
      if (attributes.modelConfig === undefined) {
        problems.push({
          severity: 'error',
          message: `${file.path} holds weights only (no model_config): Keras cannot rebuild the model from it.`,
          files: [file.path],
          fix: 'Save the whole model: model.save("model.h5") (with tf.keras, save_format="h5"), not save_weights.',
        });
        break;
      }
      if (attributes.kerasVersion) notes.push(`Keras ${attributes.kerasVersion}`);
      const reading = readKerasConfig(attributes.modelConfig);
      if (!reading.ok) cannotRead(file, reading.reason);
      else check.inputs = reading.inputs;
      break;
    }
    case 'PYTORCH': {
      const file = exactlyOne('torch', '.pt/.pth')!;
      check.modelFile = file.path;
      if (!file.zip) break;
      const facts = readTorchFacts(file.zip);
      check.torchScript = {
        kind: facts.kind,
        version: facts.version,
        forwardArgs: facts.forwardArgs,
      };
      const traceFix =
        'Trace and save it: model.eval(); torch.jit.save(torch.jit.trace(model, example_input), "model.pth")';
      if (facts.kind === 'state-dict' || facts.kind === 'legacy-pickle') {
        problems.push({
          severity: 'error',
          message:
            facts.kind === 'state-dict'
              ? `${file.path} is a state_dict (weights saved with torch.save): it has no code/, so it holds no graph Neo can compile.`
              : `${file.path} is a raw pickle from torch.save before PyTorch 1.6: weights, not a TorchScript model.`,
          files: [file.path],
          neoText:
            'Client Error: InputConfiguration: Invalid PyTorch model or input-shape mismatch. Make sure that inputs are lexically ordered and of the correct dimensionality. Upgrade to PyTorch 1.0 and use torch.jit.trace() and torch.jit.save() to export your model. Also cast your model with eval() before exporting.',
          fix: traceFix,
        });
      } else if (facts.kind === 'preview-format') {
        problems.push({
          severity: 'error',
          message: `${file.path} is in the PyTorch preview release's format (PYTORCH1), which PyTorch no longer reads.`,
          files: [file.path],
          fix: traceFix,
        });
      } else if (facts.kind === 'unknown') {
        cannotRead(file, file.zip.stopped ?? 'it is not a ZIP archive');
      } else {
        if (facts.topFolders.includes('')) {
          problems.push({
            severity: 'error',
            message: `${file.path} has entries outside a top-level folder; PyTorch's reader fails with "file in archive is not in a subdirectory".`,
            files: [file.path],
            fix: 'Write it with torch.jit.save, not by re-zipping its contents.',
          });
        }
        if (facts.version !== undefined)
          notes.push(`TorchScript file format version ${facts.version}`);
        if (facts.forwardArgs) notes.push(`forward(${facts.forwardArgs.join(', ')})`);
      }
      break;
    }
    case 'MXNET': {
      const symbols = of('symbol');
      const params = of('params');
      if (symbols.length === 0) {
        problems.push({
          severity: 'error',
          message: `The archive has ${list(params)} but no -symbol.json file.`,
          files: params.map((file) => file.path),
          neoText: 'ClientError: InputConfiguration: No valid Mxnet model file -symbol.json found',
          fix: 'Export the model with net.export(prefix) and ship <prefix>-symbol.json with <prefix>-0000.params.',
        });
        break;
      }
      const symbol = exactlyOne('symbol', '-symbol.json')!;
      check.modelFile = symbol.path;
      if (params.length === 0) {
        problems.push({
          severity: 'error',
          message: `The archive has ${symbol.path} but no .params file.`,
          files: [symbol.path],
          fix: 'Add the <prefix>-0000.params file that net.export wrote.',
        });
      }
      exactlyOne(
        'params',
        '.params',
        'ClientError: InputConfiguration: Only one parameter file is allowed for MXNet model. Please make sure the framework you select is correct.',
      );
      const reading = readMxnetSymbol(new TextDecoder().decode(symbol.bytes));
      if (!reading.ok) {
        cannotRead(symbol, reading.reason);
        break;
      }
      check.inputs = reading.inputs;
      if (reading.labels.length > 0) notes.push(`label variables: ${reading.labels.join(', ')}`);
      if (reading.mxnetVersion !== undefined)
        notes.push(`written by MXNet ${reading.mxnetVersion}`);
      break;
    }
    case 'DARKNET': {
      const cfg = exactlyOne('cfg', '.cfg');
      exactlyOne('weights', '.weights');
      if (of('weights').length === 0) {
        problems.push({
          severity: 'error',
          message: `The archive has ${cfg?.path ?? 'a .cfg'} but no .weights file.`,
          files: cfg ? [cfg.path] : [],
          fix: 'Add the .weights file that goes with the .cfg.',
        });
      }
      if (!cfg) {
        problems.push({
          severity: 'error',
          message: `The archive has ${list(of('weights'))} but no .cfg file.`,
          files: of('weights').map((file) => file.path),
          fix: "Add the network's .cfg file.",
        });
        break;
      }
      check.modelFile = cfg.path;
      const reading = readDarknetCfg(new TextDecoder().decode(cfg.bytes));
      if (!reading.ok) cannotRead(cfg, reading.reason);
      else {
        check.inputs = reading.inputs;
        if (reading.cfgBatch !== undefined && reading.cfgBatch !== 1) {
          notes.push(`[net] batch=${reading.cfgBatch} (a training batch)`);
        }
      }
      break;
    }
    case 'TENSORFLOW': {
      const graph = exactlyOne(
        'graph',
        '.pb/.pbtxt',
        'InputConfiguration: Exactly one .pb or .pbtxt file is allowed for TensorFlow models.',
      )!;
      check.modelFile = graph.path;
      const isSavedModel = /^saved_model\.(pb|pbtxt)$/.test(lower(graph.path));
      const folder = graph.path.includes('/')
        ? graph.path.slice(0, graph.path.lastIndexOf('/') + 1)
        : '';
      const hasVariables =
        directories.some((dir) => dir.replace(/\/$/, '') === `${folder}variables`) ||
        files.some((file) => file.path.startsWith(`${folder}variables/`));
      if (isSavedModel && !hasVariables) {
        problems.push({
          severity: 'warning',
          message: `${graph.path} is a SavedModel without a variables/ folder beside it; Neo expects the .pb plus variables/.`,
          files: [graph.path],
          fix: 'Pack the whole SavedModel folder (saved_model.pb and variables/).',
        });
      }
      if (lower(graph.path).endsWith('.pbtxt')) {
        notes.push('a text-form graph: its inputs are not read here');
        break;
      }
      if (tooLarge(graph)) break;
      const reading = isSavedModel
        ? readSavedModelInputs(graph.bytes ?? new Uint8Array())
        : readFrozenGraphInputs(graph.bytes ?? new Uint8Array());
      if (!reading.ok) {
        cannotRead(graph, reading.reason);
        break;
      }
      check.inputs = reading.inputs;
      if (reading.signature) notes.push(`signature ${reading.signature}`);
      if (reading.tensorflowVersion) notes.push(`TensorFlow ${reading.tensorflowVersion}`);
      if (reading.otherSignatures.length > 0) {
        notes.push(`other signatures: ${reading.otherSignatures.join(', ')}`);
      }
      break;
    }
    case 'XGBOOST':
      check.modelFile = exactlyOne('xgboost', '.model')?.path;
      notes.push('XGBoost needs no input shapes');
      break;
    default:
      break;
  }
  return check;
}
