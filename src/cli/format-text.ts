/**
 * The default output: one line per problem, compiler-style so that editors and terminals link
 * to the place ("file:line:column: severity field: message (fix: …)"), then the page's summary
 * line for the file ("Valid", "2 errors · 1 warning"). A file that cannot be read or parsed is
 * reported on standard error.
 */
import { summaryLine } from '../domain/validate';
import type { Position } from './json-positions';
import { unreadableText, type FileReport } from './report';

const at = (file: string, position: Position | undefined) =>
  position ? `${file}:${position.line}:${position.column}` : file;

export function formatText(reports: readonly FileReport[]): { stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  for (const { file, check } of reports) {
    if (!check.ok) {
      err.push(`${at(file, check.position)}: cannot check: ${unreadableText(check)}`);
      continue;
    }
    for (const notice of check.notices) out.push(`${file}: note: ${notice}`);
    for (const finding of check.findings) {
      const fix = finding.fix ? ` (fix: ${finding.fix})` : '';
      out.push(
        `${at(file, finding.position)}: ${finding.severity} ${finding.field}: ${finding.message}${fix}`,
      );
    }
    out.push(`${file}: ${summaryLine(check)}`);
  }
  return { stdout: lines(out), stderr: lines(err) };
}

const lines = (list: string[]) => (list.length === 0 ? '' : `${list.join('\n')}\n`);
