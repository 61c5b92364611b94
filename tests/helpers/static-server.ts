/**
 * A tiny static file server for built sites, on loopback only: serves a dist
 * folder under its deployment base, `index.html` for directories, the site's
 * own 404 page for misses. Enough for browser tests and benchmarks.
 * Optionally sends extra headers per request path (e.g. the site's `_headers`).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** The file under `dist` a request path names, or null when it escapes the base or the folder. */
function resolvePath(dist: string, base: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (!path.startsWith(base)) return null;
  const file = normalize(join(dist, path.slice(base.length)));
  return file === dist || file.startsWith(dist.endsWith(sep) ? dist : dist + sep) ? file : null;
}

/** The file to send for a path: itself, or the `index.html` of a directory. */
async function findFile(file: string): Promise<string | null> {
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) return findFile(join(file, 'index.html'));
  return null;
}

/** Headers to add to a response, from the request's URL path (without the query). */
export type ExtraHeaders = (path: string) => Record<string, string>;

/** Options of `serveDist`; none are needed. */
export interface ServeOptions {
  /** Extra response headers per request path, like a host applying a `_headers` file. */
  headers?: ExtraHeaders;
}

function send(res: ServerResponse, status: number, file: string, extra: Record<string, string>): void {
  res.writeHead(status, { ...extra, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}

async function handle(
  dist: string,
  base: string,
  req: IncomingMessage,
  res: ServerResponse,
  headers?: ExtraHeaders,
): Promise<void> {
  const url = req.url ?? '/';
  const extra = headers?.(url.split('?')[0] ?? '/') ?? {};
  const wanted = resolvePath(dist, base, url);
  const file = wanted && (await findFile(wanted));
  if (file) return send(res, 200, file, extra);
  const notFound = await findFile(join(dist, '404.html'));
  if (notFound) return send(res, 404, notFound, extra);
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
}

/**
 * Serve `dist` at `http://127.0.0.1:<free port><base>`.
 * @example const site = await serveDist('/tmp/dist', '/atlas/'); await page.goto(`${site.url}search/`);
 */
export async function serveDist(
  dist: string,
  base: string,
  options: ServeOptions = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const root = normalize(dist);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    handle(root, prefix, req, res, options.headers).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
