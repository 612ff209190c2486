// The same plain static server for every page measured, on an ephemeral port, so that no page
// gets a faster server than another.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `dir` on 127.0.0.1; resolves with its base URL and a close function. With `gzip`, as
 * any real host, it gzips for clients that accept it, once per file.
 */
export function serveDirectory(dir, { gzip = false } = {}) {
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const relative = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      const body = await readFile(join(dir, relative));
      const compress = gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      if (compress && !compressed.has(relative)) compressed.set(relative, gzipSync(body));
      response.writeHead(200, {
        'Content-Type': TYPES[extname(relative)] ?? 'application/octet-stream',
        ...(compress && { 'Content-Encoding': 'gzip' }),
      });
      response.end(compress ? compressed.get(relative) : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
