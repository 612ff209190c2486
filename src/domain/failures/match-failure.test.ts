import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACT_SHEET_REASONS, TROUBLESHOOTING_TAIL } from '../../testing/failure-reasons';
import { FAILURE_CATALOGUE } from './failure-catalogue';
import { FAILURE_REASON_MAX, matchFailureReason } from './match-failure';

const ids = (text: string) => matchFailureReason(text).matches.map(({ entry }) => entry.id);

const TRACEBACK = `\nTraceback (most recent call last):\n${'  File "/usr/lib/python3.6/site-packages/tvm/relay/frontend/common.py", line 412, in convert\n    raise RuntimeError(msg)\n'.repeat(20)}`;

describe('the FailureReason catalogue', () => {
  it('has one entry per row of the fact sheet, each with a text there', () => {
    expect(FAILURE_CATALOGUE.map((entry) => entry.factNumber)).toEqual(
      Array.from({ length: 30 }, (_, index) => index + 1),
    );
    expect(new Set(FAILURE_CATALOGUE.map((entry) => entry.id)).size).toBe(30);
    expect(FACT_SHEET_REASONS.map(({ id }) => id)).toEqual(FAILURE_CATALOGUE.map(({ id }) => id));
  });

  it('gives every entry a cause, a change, and a source link', () => {
    for (const entry of FAILURE_CATALOGUE) {
      expect(entry.cause.length, entry.id).toBeGreaterThan(20);
      expect(entry.change.length, entry.id).toBeGreaterThan(20);
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      for (const source of entry.sources) expect(source.url).toMatch(/^https:\/\//);
    }
  });
});

describe.each(FACT_SHEET_REASONS)('the fact sheet’s text for $id', ({ id, text }) => {
  it('is recognised as that cause', () => {
    expect(ids(text)).toContain(id);
  });

  it('is recognised with a traceback appended and the whole cut at 1,024 characters', () => {
    const cut = `${text}${TRACEBACK}`.slice(0, FAILURE_REASON_MAX);
    expect(ids(cut)).toContain(id);
    expect(matchFailureReason(cut).isCut).toBe(true);
  });

  it('is recognised with AWS’s troubleshooting link after it', () => {
    expect(ids(`${text}${TROUBLESHOOTING_TAIL}`)).toContain(id);
  });

  it('is recognised with its line breaks and spacing changed', () => {
    expect(ids(text.replace(/ /g, '\n  '))).toContain(id);
  });
});

describe('variants with other names', () => {
  it.each([
    [
      'ClientError: InputConfiguration: Input data_0 has wrong shape in Input Shape dictionary. Input shapes should be provided in NCHW format.',
      'keras-shape-nchw',
      { input: 'data_0' },
    ],
    [
      'InputConfiguration: Input input has wrong shape in Input Shape dictionary.',
      'keras-shape-nchw',
      { input: 'input' },
    ],
    [
      'InputConfiguration: Exactly one .pb file is allowed for TensorFlow models.',
      'tensorflow-one-pb',
      {},
    ],
    [
      'InputConfiguration: Multiple h5 files provided, /opt/ml/model/a, when only one is allowed',
      'keras-h5-count',
      {},
    ],
    [
      'ClientError: InputConfiguration: S3 object does not exist. Bucket: acme-ml-eu, Key: vision/v7/model.tgz',
      's3-object-missing',
      { bucket: 'acme-ml-eu', key: 'vision/v7/model.tgz' },
    ],
    [
      'ClientError: InputConfiguration: Bucket acme is in region eu-central-1 which is different from AWS Sagemaker service region ap-south-1',
      'bucket-other-region',
      { bucket: 'acme', bucketRegion: 'eu-central-1', serviceRegion: 'ap-south-1' },
    ],
    [
      "ClientError: InputConfiguration: Unable to load PyTorch model:', 'Attempted to read a PyTorch file with version 8, but the maximum supported version for reading is 6.",
      'pytorch-file-too-new',
      { fileVersion: '8', maxVersion: '6' },
    ],
    [
      "ClientError: InputConfiguration: TVM cannot convert ONNX model. Please make sure the framework you selected is correct. The following operators are not implemented: {'NonMaxSuppression', 'TopK'}",
      'tvm-operators-not-implemented',
      { operators: 'NonMaxSuppression, TopK' },
    ],
    [
      "ClientError: CompilationError: Unable to compile model for ml_inf1:', 'Please implement aten::upsample_bilinear2d in native_ops/aten.py')",
      'neuron-aten-op',
      { operator: 'aten::upsample_bilinear2d' },
    ],
    [
      'Compilation Error: OperatorAttributeRequired: Required attribute axis not found in Concat.',
      'operator-errors',
      { kind: 'OperatorAttributeRequired' },
    ],
    [
      'ClientError: InputConfiguration: Incompatible ONNX model',
      'incompatible-model',
      { framework: 'ONNX' },
    ],
    ['Unexpected error during compilation', 'unexpected-error', {}],
  ])('%s → %s', (text, id, details) => {
    const match = matchFailureReason(text).matches.find(({ entry }) => entry.id === id);
    expect(match?.details).toEqual(details);
  });

  it('still recognises the PyTorch version error cut before its version numbers', () => {
    const { text } = FACT_SHEET_REASONS.find(({ id }) => id === 'pytorch-file-too-new')!;
    const cut = text.slice(0, text.indexOf('Attempted'));
    expect(ids(cut)).toEqual(['pytorch-file-too-new']);
    expect(matchFailureReason(cut).matches[0]!.details).toEqual({});
  });

  it('recognises each cause when two texts arrive together', () => {
    const both = `${FACT_SHEET_REASONS[0]!.text}\n${FACT_SHEET_REASONS[28]!.text}`;
    expect(ids(both)).toEqual(['keras-shape-nchw', 'internal-server-error']);
  });
});

describe('texts the catalogue does not know', () => {
  it.each([
    'ClientError: InputConfiguration: Something entirely new happened in the converter.',
    'Job stopped by the user',
    'ServerError: ',
    '',
    '   ',
    TROUBLESHOOTING_TAIL,
  ])('%j is unrecognised', (text) => {
    expect(matchFailureReason(text).matches).toEqual([]);
  });

  it('does not mistake the TVM PyTorch text for the ONNX or operator ones', () => {
    expect(ids(FACT_SHEET_REASONS[2]!.text)).toEqual(['pytorch-tvm-convert']);
  });
});

describe('the matcher on any input', () => {
  it('never throws and keeps the text as given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (text) => {
        const result = matchFailureReason(text);
        expect(result.reason).toBe(text);
        expect(result.isCut).toBe(text.length >= FAILURE_REASON_MAX);
      }),
    );
  });

  it('never throws on catalogue texts spliced with arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FACT_SHEET_REASONS.map(({ text }) => text)),
        fc.string(),
        fc.nat(400),
        (text, noise, at) => {
          expect(() =>
            matchFailureReason(text.slice(0, at) + noise + text.slice(at)),
          ).not.toThrow();
        },
      ),
    );
  });

  it('answers on a huge pasted log', () => {
    expect(matchFailureReason('x'.repeat(2_000_000)).matches).toEqual([]);
  });
});
