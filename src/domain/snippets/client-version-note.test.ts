import { describe, expect, it } from 'vitest';
import { buildBoto3Snippet } from './boto3';
import { clientVersionNotes } from './client-version-note';
import { snippetNotes } from './request-members';

const withVersion = {
  InputConfig: { S3Uri: 's3://b/m.tar.gz', Framework: 'PYTORCH', FrameworkVersion: '2.0' },
};

describe('the minimum client for FrameworkVersion', () => {
  it('is said when the request sends FrameworkVersion', () => {
    expect(clientVersionNotes(withVersion)).toEqual([expect.stringContaining('botocore 1.20.5')]);
    expect(snippetNotes({ request: withVersion })).toContainEqual(
      expect.stringContaining('botocore 1.20.5'),
    );
    expect(
      buildBoto3Snippet({ outputConfigJson: '{"TargetDevice":"ml_c5"}', request: withVersion }),
    ).toMatch(/^# InputConfig\.FrameworkVersion needs botocore 1\.20\.5 or later/m);
  });

  it('is not said when it does not', () => {
    const without = { InputConfig: { S3Uri: 's3://b/m.tar.gz', Framework: 'PYTORCH' } };
    expect(clientVersionNotes(without)).toEqual([]);
    expect(clientVersionNotes({})).toEqual([]);
    expect(snippetNotes({ request: without }).join()).not.toContain('botocore');
  });
});
