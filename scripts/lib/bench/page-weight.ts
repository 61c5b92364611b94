/**
 * Page weights as transferred: the page's HTML plus everything it makes the
 * browser fetch on load (stylesheets, scripts and their static imports,
 * eager images, fonts), each gzipped on its own at level 6 as a server would
 * send it. What scripts fetch later (basemap data, tiles, search index) is
 * not part of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distPath, moduleImports, pageLinks, type PageLinks } from './html-links.ts';

/** One fetched file and its size, raw and gzipped. */
export interface Resource {
  path: string;
  kind: keyof PageLinks | 'html';
  bytes: number;
  gzipBytes: number;
}

/** What opening one page costs. */
export interface PageWeight {
  page: string;
  resources: Resource[];
  /** Sum of every resource's gzip size. */
  gzipBytes: number;
  /** Gzip bytes of the page's JS alone (static imports included). */
  jsGzipBytes: number;
}

/**
 * Gzip size of some bytes at level 6, the usual server default.
 * @example gzipSize(new TextEncoder().encode('产业集群'.repeat(100))) // far fewer than 1200
 */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 6 }).length;
}

/** Reads a built file by its path under the site folder, or null when it is not there. */
export type FileReader = (path: string) => Buffer | null;

/**
 * A reader of files under `dist`. Assets are cached (a benchmark weighs
 * thousands of pages sharing the same CSS and JS); HTML pages are not, so
 * weighing every page of a large site does not hold them all in memory.
 */
export function distReader(dist: string): FileReader {
  const cache = new Map<string, Buffer | null>();
  const load = (path: string): Buffer | null => {
    try {
      return readFileSync(join(dist, path));
    } catch {
      return null;
    }
  };
  return (path) => {
    if (path.endsWith('.html')) return load(path);
    if (!cache.has(path)) cache.set(path, load(path));
    return cache.get(path) ?? null;
  };
}

const gzipMemo = new WeakMap<Buffer, number>();

/** Gzip size of a buffer, computed once per buffer (cached assets are the same buffer every time). */
function gzipOnce(data: Buffer): number {
  let size = gzipMemo.get(data);
  if (size === undefined) {
    size = gzipSize(data);
    gzipMemo.set(data, size);
  }
  return size;
}

/** `start` and every JS module it reaches through imports (dynamic ones only when asked), as dist paths. */
export function jsClosure(start: readonly string[], read: FileReader, withDynamic = false): string[] {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    const data = read(path);
    if (!data) continue;
    seen.add(path);
    const imports = moduleImports(data.toString('utf8'));
    for (const spec of withDynamic ? [...imports.static, ...imports.dynamic] : imports.static) {
      const next = spec.startsWith('.') || spec.startsWith('/') ? distPath(spec, path, '/') : null;
      if (next) queue.push(next);
    }
  }
  return [...seen];
}

/** The dist paths a page links, by kind, leaving out what is not in the folder. */
function linkedPaths(page: string, html: string, base: string): Record<keyof PageLinks, string[]> {
  const links = pageLinks(html);
  const resolve = (urls: string[]): string[] =>
    urls.map((u) => distPath(u, page, base)).filter((p): p is string => p !== null);
  return { css: resolve(links.css), js: resolve(links.js), img: resolve(links.img), font: resolve(links.font) };
}

/**
 * The transferred weight of one built page (`page` relative to `dist`, e.g.
 * `articles/x/index.html`), on a site served under `base`.
 * @example pageWeight('index.html', distReader('/tmp/dist'), '/').gzipBytes // 48213
 */
export function pageWeight(page: string, read: FileReader, base: string): PageWeight {
  const html = read(page);
  if (!html) throw new Error(`bench: ${page} is not in the built site`);
  const linked = linkedPaths(page, html.toString('utf8'), base);
  const js = jsClosure(linked.js, read);
  const sized = (path: string, kind: Resource['kind']): Resource[] => {
    const data = read(path);
    return data ? [{ path, kind, bytes: data.length, gzipBytes: gzipOnce(data) }] : [];
  };
  const resources = [
    ...sized(page, 'html'),
    ...linked.css.flatMap((p) => sized(p, 'css')),
    ...js.flatMap((p) => sized(p, 'js')),
    ...linked.img.flatMap((p) => sized(p, 'img')),
    ...linked.font.flatMap((p) => sized(p, 'font')),
  ];
  const sum = (list: Resource[]): number => list.reduce((a, r) => a + r.gzipBytes, 0);
  return { page, resources, gzipBytes: sum(resources), jsGzipBytes: sum(resources.filter((r) => r.kind === 'js')) };
}

/**
 * Gzip bytes of all the JS a page can load: its scripts, their static
 * imports and the literal dynamic imports they reach (a map page's Leaflet
 * code, loaded when the map is shown).
 */
export function pageJsGzipBytes(page: string, read: FileReader, base: string): number {
  const html = read(page);
  if (!html) throw new Error(`bench: ${page} is not in the built site`);
  return jsClosure(linkedPaths(page, html.toString('utf8'), base).js, read, true)
    .map((p) => read(p))
    .reduce((sum, data) => sum + (data ? gzipOnce(data) : 0), 0);
}
