import { describe, expect, it } from 'vitest';
import { validateFailurePreflight } from './failure-preflight-rules';
import type { TargetReading } from '../target/target';

const on = (device: string): TargetReading => ({ device, platformNotObject: false });
const fields = (problems: ReturnType<typeof validateFailurePreflight>) =>
  problems.map(({ field, severity }) => `${severity} ${field}`);

describe('TensorFlow Lite on a cloud instance', () => {
  it('passes on an edge device', () => {
    expect(validateFailurePreflight({ framework: 'TFLITE' }, on('rasp4b'))).toEqual([]);
  });

  it('warns on an ml_* target, with its source', () => {
    const [problem] = validateFailurePreflight({ framework: 'TFLITE' }, on('ml_c5'));
    expect(problem).toMatchObject({
      field: 'InputConfig.Framework',
      severity: 'warning',
      message: expect.stringContaining('edge devices only'),
      source: expect.stringContaining('neo-compilation-preparing-model'),
    });
  });
});

describe('FrameworkVersion the service has refused', () => {
  it('passes for PyTorch on a listed cloud target and on ml_inf1', () => {
    expect(validateFailurePreflight({ framework: 'PYTORCH', version: '1.8' }, on('ml_c5'))).toEqual(
      [],
    );
    expect(
      validateFailurePreflight({ framework: 'PYTORCH', version: '1.9' }, on('ml_inf1')),
    ).toEqual([]);
    expect(validateFailurePreflight({ framework: 'MXNET', version: '1.8' }, on('ml_inf1'))).toEqual(
      [],
    );
  });

  it('warns, with a fix that removes it, on a cloud target the service did not list', () => {
    const [problem] = validateFailurePreflight(
      { framework: 'PYTORCH', version: '1.8' },
      on('ml_c6g'),
    );
    expect(problem?.message).toContain('Unsupported framework version field for target');
    expect(problem?.fix?.apply({ InputConfig: { FrameworkVersion: '1.8' } })).toEqual({});
  });

  it('warns for a framework the SDK does not send it for', () => {
    expect(
      fields(validateFailurePreflight({ framework: 'MXNET', version: '1.8' }, on('ml_c5'))),
    ).toEqual(['warning InputConfig.FrameworkVersion']);
    expect(
      fields(validateFailurePreflight({ framework: 'TFLITE', version: '1.15' }, on('ml_m5'))),
    ).toEqual(['warning InputConfig.Framework', 'warning InputConfig.FrameworkVersion']);
  });

  it('leaves edge targets and platforms to the documented tables', () => {
    expect(
      validateFailurePreflight({ framework: 'TFLITE', version: '1.15' }, on('rasp4b')),
    ).toEqual([]);
    expect(
      validateFailurePreflight(
        { framework: 'PYTORCH', version: '1.8' },
        { platform: { os: 'LINUX' }, platformNotObject: false },
      ),
    ).toEqual([]);
  });
});
