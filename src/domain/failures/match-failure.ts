/**
 * Matches a FailureReason against the catalogue (SPEC §10.1, §10.3): by the stable parts of each
 * known text, whatever job, bucket, input or operator names it carries, cut at 1,024 characters
 * or with a traceback appended. Every entry that matches is a cause (several may); a text that
 * matches none is unrecognised, never forced onto the nearest cause. Never throws.
 */
import { FAILURE_CATALOGUE, type FailureEntry } from './failure-catalogue';

/** DescribeCompilationJob's FailureReason holds at most this many characters (API model). */
export const FAILURE_REASON_MAX = 1024;
/** Longer text (a whole log pasted) is read up to here: the known texts sit at its start. */
const READ_LIMIT = 64 * 1024;

export type FailureMatch = {
  entry: FailureEntry;
  /** What the text named (`input`, `bucket`, `fileVersion`…), from the entry's named groups. */
  details: Record<string, string>;
};

export type FailureMatching = {
  /** The FailureReason as given. */
  reason: string;
  /** At the API's 1,024-character limit: the end was probably cut off. */
  isCut: boolean;
  /** In catalogue order; empty when the text is unrecognised. */
  matches: FailureMatch[];
};

/** What each named group of the catalogue's patterns is, said in the explanation. */
export const DETAIL_LABELS: Readonly<Record<string, string>> = {
  input: 'Input named in the text',
  fileVersion: 'File-format version of the model file',
  maxVersion: 'Highest version the loader reads',
  bucket: 'Bucket',
  key: 'Key',
  bucketRegion: 'Bucket’s Region',
  serviceRegion: 'Job’s Region',
  operators: 'Operators named',
  operator: 'Operator named',
  kind: 'Error class',
  framework: 'Framework named',
};

/** The text with every run of whitespace (a traceback's line breaks) made one space. */
export function collapseWhitespace(text: string): string {
  return text.slice(0, READ_LIMIT).replace(/\s+/g, ' ').trim();
}

export function matchFailureReason(reason: string): FailureMatching {
  const text = typeof reason === 'string' ? reason : '';
  const flat = collapseWhitespace(text);
  const matches: FailureMatch[] = [];
  if (flat !== '') {
    for (const entry of FAILURE_CATALOGUE) {
      let matched = false;
      const details: Record<string, string> = {};
      for (const pattern of entry.patterns) {
        const found = pattern.exec(flat);
        if (!found) continue;
        matched = true;
        for (const [name, value] of Object.entries(found.groups ?? {})) {
          const clean = value
            ?.replace(/['"{}]/g, '')
            .trim()
            .replace(/[,.;]+$/, '');
          if (clean && details[name] === undefined) details[name] = clean;
        }
      }
      if (matched) matches.push({ entry, details });
    }
  }
  return { reason: text, isCut: text.length >= FAILURE_REASON_MAX, matches };
}
