// One cache key for a project the bench builds outside the repository (the reference form,
// Mozilla's generator): a hash of its source files, so that a changed source builds again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function sourceFiles(dir, skipped) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !skipped.test(entry.name))
    .flatMap((entry) =>
      entry.isDirectory() ? sourceFiles(join(dir, entry.name), skipped) : [join(dir, entry.name)],
    )
    .sort();
}

/**
 * 16 hex digits of a SHA-256 over `salt` and each file under `dir` (path and bytes), leaving out
 * entries whose name matches `skipped` (dependencies, builds, .git).
 */
export function hashSources(dir, skipped, salt = '') {
  const hash = createHash('sha256').update(salt);
  for (const file of sourceFiles(dir, skipped)) {
    hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
