/**
 * Serves a built site as a static host does: `dist/_headers` applied to every response (public/_headers), brotli or
 * gzip when the browser asks for it, `index.html` for a folder, a redirect from `/about` to `/about/`, and
 * `404.html` with status 404 for anything else. The browser tests and `npm run lighthouse` use it, so they see the
 * headers and the compression a reader gets. Listens on 127.0.0.1 only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFor, parseHeaderRules } from '../../src/lib/site/host-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

export interface StaticSite {
  url: string;
  close: () => Promise<void>;
}

/** Starts serving `dist` on 127.0.0.1 and a free port (or `port`). */
export async function serveStatic(dist: string, port = 0): Promise<StaticSite> {
  const rulesFile = join(dist, '_headers');
  const rules = existsSync(rulesFile) ? parseHeaderRules(readFileSync(rulesFile, 'utf8')) : [];
  const compressed = new Map<string, Buffer>();

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    // A path that climbs out of the folder finds nothing, as on a host.
    let file = normalize(join(dist, path));
    if (!file.startsWith(normalize(dist))) file = join(dist, '\0');
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file) || statSync(file).isDirectory()) {
      status = 404;
      file = join(dist, '404.html');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { ...headersFor(rules, path).headers, 'content-type': type };
    let body: Buffer = readFileSync(file);
    const accepts = String(request.headers['accept-encoding'] ?? '');
    const encoding = accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : undefined;
    if (encoding && COMPRESSIBLE.test(type)) {
      const key = `${encoding}:${file}`;
      let packed: Buffer | undefined = compressed.get(key);
      if (!packed) {
        packed =
          encoding === 'br'
            ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(body, { level: 9 });
        compressed.set(key, packed);
      }
      body = packed;
      headers['content-encoding'] = encoding;
      headers['vary'] = 'Accept-Encoding';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
