import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { distStats } from '../../scripts/lib/bench/dist-stats.ts';
import { distReader, gzipSize, jsClosure, pageJsGzipBytes, pageWeight } from '../../scripts/lib/bench/page-weight.ts';
import { weighSite } from '../../scripts/lib/bench/weigh-site.ts';

const temps: string[] = [];
/** A fresh temporary folder, removed after the file's tests. */
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-dist-'));
  temps.push(dir);
  return dir;
}
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Text that gzip cannot shrink much: a seeded walk over CJK code points. */
function noisy(chars: number, seed: number): string {
  let x = seed;
  let text = '';
  for (let i = 0; i < chars; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    text += String.fromCharCode(0x4e00 + (x % 5000));
  }
  return text;
}

const page = (css: string[], js: string[], body: string): string =>
  `<!doctype html><html><head>${css.map((c) => `<link rel="stylesheet" href="${c}">`).join('')}` +
  `<link rel="icon" href="/favicon.svg"></head><body><p>${body}</p>` +
  `${js.map((j) => `<script type="module" src="${j}"></script>`).join('')}</body></html>`;

/** A tiny built site: a home with a map script, two articles (one heavier), a city page, a search bundle. */
function tinyDist(): string {
  const dist = temp();
  const files: Record<string, string> = {
    'index.html': page(['/_astro/base.css', '/_astro/map.css'], ['/_astro/map.js'], noisy(300, 1)),
    'en/index.html': page(['/_astro/base.css'], [], noisy(100, 2)),
    'articles/index.html': page(['/_astro/base.css'], [], noisy(3000, 9)),
    'articles/a1/index.html': page(['/_astro/base.css'], [], noisy(200, 3)),
    'zh-hant/articles/a1/index.html': page(['/_astro/base.css'], [], noisy(900, 4)),
    'en/articles/a1/index.html': page(['/_astro/base.css'], [], noisy(400, 5)),
    'cities/qingdao/index.html': page(['/_astro/base.css', '/_astro/map.css'], ['/_astro/map.js'], 'x'),
    '_astro/base.css': `body{color:#123}${'.a{margin:0}'.repeat(50)}`,
    '_astro/map.css': `.map{height:20rem}`,
    '_astro/map.js': `import{s}from"./shared.js";const L=()=>import("./leaflet.js");s(L);`,
    '_astro/shared.js': `export const s=(f)=>f;/*${noisy(50, 6)}*/`,
    '_astro/leaflet.js': `export default {};/*${noisy(500, 7)}*/`,
    'favicon.svg': `<svg>${noisy(500, 8)}</svg>`,
    'geo/basemap.json': JSON.stringify({ big: noisy(2000, 10) }),
    'pagefind/pagefind.js': 'x'.repeat(4096),
    'pagefind/index/zh-hans_1.pf_index': 'y'.repeat(1024),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

const gz = (dist: string, ...paths: string[]): number =>
  paths.reduce((sum, p) => sum + gzipSync(distReader(dist)(p) as Buffer, { level: 6 }).length, 0);

describe('gzipSize', () => {
  test('is the level-6 gzip length, far below the raw size for repetitive text', () => {
    const bytes = new TextEncoder().encode('产业集群'.repeat(500));
    expect(gzipSize(bytes)).toBe(gzipSync(bytes, { level: 6 }).length);
    expect(gzipSize(bytes)).toBeLessThan(bytes.length / 20);
  });
});

describe('pageWeight', () => {
  test('adds the gzipped page, its stylesheets and its scripts with their static imports, not icons, dynamic imports or data', () => {
    const dist = tinyDist();
    const weight = pageWeight('index.html', distReader(dist), '/');
    expect(weight.resources.map((r) => r.path)).toEqual([
      'index.html',
      '_astro/base.css',
      '_astro/map.css',
      '_astro/map.js',
      '_astro/shared.js',
    ]);
    expect(weight.gzipBytes).toBe(
      gz(dist, 'index.html', '_astro/base.css', '_astro/map.css', '_astro/map.js', '_astro/shared.js'),
    );
    expect(weight.jsGzipBytes).toBe(gz(dist, '_astro/map.js', '_astro/shared.js'));
  });

  test('reads URLs under a sub-path base and throws for a page that was not built', () => {
    const dist = tinyDist();
    const html = distReader(dist)('articles/a1/index.html')?.toString().replaceAll('"/_astro/', '"/atlas/_astro/');
    writeFileSync(join(dist, 'articles/a1/index.html'), html ?? '');
    expect(pageWeight('articles/a1/index.html', distReader(dist), '/atlas/').resources.map((r) => r.kind)).toEqual([
      'html',
      'css',
    ]);
    expect(() => pageWeight('nope/index.html', distReader(dist), '/')).toThrow(/nope\/index\.html/);
  });

  test('counts the map code a page loads later only in the page-JS figure', () => {
    const dist = tinyDist();
    const read = distReader(dist);
    expect(jsClosure(['_astro/map.js'], read, true).sort()).toEqual([
      '_astro/leaflet.js',
      '_astro/map.js',
      '_astro/shared.js',
    ]);
    expect(pageJsGzipBytes('cities/qingdao/index.html', read, '/')).toBe(
      gz(dist, '_astro/map.js', '_astro/shared.js', '_astro/leaflet.js'),
    );
  });
});

describe('distStats and weighSite', () => {
  test('count HTML pages and the search folder apart, and pick the heaviest home and article of any locale', () => {
    const dist = tinyDist();
    const stats = distStats(dist);
    expect(stats.htmlPaths).toHaveLength(7);
    expect(stats.searchIndexBytes).toBe(4096 + 1024);
    const w = weighSite(dist, '/');
    expect(w.pages).toBe(7);
    expect(w.searchIndexMB).toBeCloseTo(5120 / 1024 / 1024, 9);
    expect(w.heaviestHome).toBe('index.html');
    expect(w.heaviestArticle).toBe('zh-hant/articles/a1/index.html');
    expect(w.articleKB).toBeCloseTo(gz(dist, 'zh-hant/articles/a1/index.html', '_astro/base.css') / 1024, 9);
    expect(w.articleMedianKB).toBeCloseTo(gz(dist, 'en/articles/a1/index.html', '_astro/base.css') / 1024, 9);
    expect(w.articleJsKB).toBe(0);
    expect(w.mapPageJsKB).toBeCloseTo(gz(dist, '_astro/map.js', '_astro/shared.js', '_astro/leaflet.js') / 1024, 9);
  });
});
