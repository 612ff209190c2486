/**
 * Reads the committed model fixtures (scripts/make-model-fixtures.py) and scans them the way
 * the worker does: gzip undone (here by node:zlib), the bytes pushed in chunks of a given size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ArchiveScan, type ScanResult } from '../domain/model/archive-scan';
import { checkModelArchive } from '../domain/model/model-check';
import type { ModelCheck, UnreadableFile } from '../domain/model/model-types';

// From the project root (Vitest's working folder): under jsdom a module's URL is a web address.
const FIXTURES = join(process.cwd(), 'src/testing/model-fixtures');

export const fixtureBytes = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(FIXTURES, name)));

export function scanBytes(fileName: string, bytes: Uint8Array, chunk = 97): ScanResult {
  const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const data = isGzip ? new Uint8Array(gunzipSync(bytes)) : bytes;
  const scan = new ArchiveScan(fileName, isGzip);
  for (let at = 0; at < data.length; at += chunk) scan.push(data.subarray(at, at + chunk));
  return scan.finish();
}

export function checkFixture(name: string, chunk = 97): ModelCheck | UnreadableFile {
  return checkModelArchive(name, scanBytes(name, fixtureBytes(name), chunk));
}

/** A check that must have been readable. */
export function readableCheck(name: string, chunk = 97): ModelCheck {
  const result = checkFixture(name, chunk);
  if ('unreadable' in result) throw new Error(`${name}: ${result.unreadable}`);
  return result;
}
