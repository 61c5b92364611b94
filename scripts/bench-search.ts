/**
 * Search benchmark: serves a built site on loopback, opens its search pages in
 * Chromium and runs a fixed set of queries, each in a fresh browser (cold
 * cache) and then a follow-up in the same browser (warm). Prints the latency
 * of each first query and the bytes it fetched, by kind (Pagefind runtime,
 * index chunks, result fragments, filters, folding table, script converter).
 *
 *   npx node scripts/bench-search.ts --dist dist [--base /atlas/] [--json out.json]
 *   npx node scripts/bench-search.ts --seeds seeds      (builds into .bench/search first)
 *
 * Importing it runs nothing: `main()` runs only when it is the entry script.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { runBuild } from '../tests/helpers/run-build.ts';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { serveDist } from '../tests/helpers/static-server.ts';

/** The queries measured: where, what, and a follow-up typed afterwards in the same page. */
const QUERIES: { path: string; query: string; next: string }[] = [
  { path: 'search/', query: '集成电路', next: '新型显示' },
  { path: 'search/', query: '積體電路', next: '晶片' },
  { path: 'zh-hant/search/', query: '集成电路', next: '产业园' },
  { path: 'zh-hant/search/', query: '集成電路', next: '產業園' },
  { path: 'en/search/', query: 'Qingdao', next: 'Foxconn' },
  { path: 'en/search/', query: 'integrated circuits', next: 'semiconductors' },
  { path: 'search/', query: 'xqzvkjwpq', next: 'qzxv' },
];

// Bundles live in pagefind/<locale>/ (src/lib/search/bundle-path.ts); a bare pagefind/ is an older build.
/** Which kind of file a URL fetched by a search page is, for the byte breakdown. */
export const KINDS: [string, RegExp][] = [
  ['runtime', /\/pagefind\/(?:[^/]+\/)?(pagefind[^/]*\.js|pagefind-entry\.json|wasm\.|[^/]*\.pf_meta)/],
  ['index', /\/pagefind\/(?:[^/]+\/)?index\//],
  ['fragments', /\/pagefind\/(?:[^/]+\/)?fragment\//],
  ['filters', /\/pagefind\/(?:[^/]+\/)?(filter\/|filter-values\.json)/],
  ['folding', /\/search\/folding\.json/],
  ['converter', /\/_astro\/(t2cn|cn2t|s2t-characters|t2s-characters)[^/]*\.js/],
  ['page', /./],
];

interface Fetched {
  kind: string;
  bytes: number;
  gzip: number;
}

interface Measure {
  ms: number;
  results: number;
  requests: number;
  bytes: Record<string, number>;
  total: number;
  totalGzip: number;
}

/**
 * The kind of a fetched URL (see KINDS).
 * @example kindOf('http://127.0.0.1:8080/atlas/pagefind/en/index/en_1.pf_index') // 'index'
 */
export function kindOf(url: string): string {
  return KINDS.find(([, re]) => re.test(url))?.[0] ?? 'page';
}

function record(page: Page): Fetched[] {
  const log: Fetched[] = [];
  page.on('response', (response) => {
    void response
      .body()
      .then((body) => log.push({ kind: kindOf(response.url()), bytes: body.length, gzip: gzipSync(body).length }))
      .catch(() => undefined);
  });
  return log;
}

function summarize(fetched: Fetched[], ms: number, results: number): Measure {
  const bytes: Record<string, number> = {};
  for (const f of fetched) bytes[f.kind] = (bytes[f.kind] ?? 0) + f.bytes;
  const total = fetched.reduce((a, f) => a + f.bytes, 0);
  return { ms, results, requests: fetched.length, bytes, total, totalGzip: fetched.reduce((a, f) => a + f.gzip, 0) };
}

/** Type a query, submit it, and wait for the page to finish; the traffic it caused and the time it took. */
async function timeQuery(page: Page, log: Fetched[], query: string): Promise<Measure> {
  await page.evaluate(() =>
    document.querySelector<HTMLElement>('[data-search-locale]')?.setAttribute('data-search-state', 'bench'),
  );
  const from = log.length;
  await page.locator('#search-q').fill(query);
  const started = performance.now();
  await page.locator('#search-q').press('Enter');
  await page.waitForSelector('[data-search-state="done"], [data-search-state="error"]', { timeout: 60_000 });
  const ms = performance.now() - started;
  await page.waitForLoadState('networkidle');
  const results = Number((await page.locator('[data-search-status]').textContent())?.match(/\d+/)?.[0] ?? 0);
  return summarize(log.slice(from), ms, results);
}

async function measure(browser: Browser, url: string, query: string, next: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = record(page);
  await page.goto(url);
  await page.waitForSelector('[data-search-state]');
  await page.waitForLoadState('networkidle');
  const open = summarize(log.slice(), 0, 0);
  const first = await timeQuery(page, log, query);
  const warm = await timeQuery(page, log, next);
  await context.close();
  return { open, first, warm };
}

/**
 * Bytes of each language's word index and result fragments, to set what a query fetched against:
 * every bundle under `pagefind/` (one per locale; a bare `pagefind/` bundle of an older build too).
 */
export function bundleSizes(dist: string): Record<string, { index: number; fragments: number }> {
  const sizes: Record<string, { index: number; fragments: number }> = {};
  const root = join(dist, 'pagefind');
  const bundles = [root, ...readdirSync(root).map((name) => join(root, name))].filter((dir) =>
    existsSync(join(dir, 'pagefind-entry.json')),
  );
  for (const bundle of bundles) {
    for (const [folder, key] of [
      ['index', 'index'],
      ['fragment', 'fragments'],
    ] as const) {
      const dir = join(bundle, folder);
      for (const file of existsSync(dir) ? readdirSync(dir) : []) {
        const lang = file.slice(0, file.indexOf('_'));
        sizes[lang] ??= { index: 0, fragments: 0 };
        sizes[lang][key] += statSync(join(dir, file)).size;
      }
    }
  }
  return sizes;
}

const langOf = (path: string) => (path.startsWith('zh-hant/') ? 'zh-hant' : path.startsWith('en/') ? 'en' : 'zh-hans');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const share = (part: number, whole: number) => (whole > 0 ? `${Math.round((100 * part) / whole)}%` : '—');
const parts = (m: Measure) =>
  Object.entries(m.bytes)
    .map(([k, v]) => `${k} ${kb(v)}`)
    .join(', ');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      seeds: { type: 'string' },
      base: { type: 'string' },
      json: { type: 'string' },
    },
  });
  const base = values.base ?? process.env.ATLAS_BASE ?? '/';
  let dist = values.dist && resolve(values.dist);
  if (!dist) {
    if (!values.seeds) throw new Error('give --dist <built site> or --seeds <folder> to build');
    const out = resolve('.bench/search');
    runBuild({ seeds: values.seeds, content: join(out, 'content'), dist: join(out, 'dist'), base });
    dist = join(out, 'dist');
  }
  const sizes = bundleSizes(dist);
  for (const [lang, size] of Object.entries(sizes)) {
    console.log(`${lang} bundle: word index ${kb(size.index)}, result fragments ${kb(size.fragments)}`);
  }
  const site = await serveDist(dist, base);
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const { path, query, next } of QUERIES) {
      const m = await measure(browser, `${site.url}${path}`, query, next);
      rows.push({ path, query, next, ...m });
      const whole = sizes[langOf(path)]?.index ?? 0;
      console.log(
        `${path} “${query}”: first query ${Math.round(m.first.ms)} ms, ${m.first.results} results, ${m.first.requests} requests, ` +
          `${kb(m.first.total)} (gzip ${kb(m.first.totalGzip)}), word index ${share(m.first.bytes.index ?? 0, whole)} of ${kb(whole)} — ${parts(m.first)}`,
      );
      console.log(
        `    page open before any query: ${kb(m.open.total)} (gzip ${kb(m.open.totalGzip)}) — ${parts(m.open)}`,
      );
      console.log(
        `    then “${next}”: ${Math.round(m.warm.ms)} ms, ${kb(m.warm.total)} (gzip ${kb(m.warm.totalGzip)})${m.warm.total ? ` — ${parts(m.warm)}` : ''}`,
      );
    }
  } finally {
    await browser.close();
    await site.close();
  }
  if (values.json) writeFileSync(values.json, `${JSON.stringify(rows, null, 2)}\n`);
}

// Run only as a script: tests import the pure parts above.
if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
