/**
 * The built site under its own Content-Security-Policy, sent as a real HTTP
 * header from the `_headers` file the build writes (and, on top, the meta tag
 * in every page): one page of every kind in every locale loads, upgrades its
 * map to Leaflet, runs a search, and no CSP violation is reported, neither as
 * a `securitypolicyviolation` event nor as a console message. Embeds can be
 * framed by another site; the other pages cannot. Runs on the fixture build
 * (or the dist named by CSP_TEST_DIST / CSP_TEST_BASE).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../src/integrations/headers-file.ts';
import { htmlFiles } from '../helpers/dist.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveDist } from '../helpers/static-server.ts';

const dist = process.env.CSP_TEST_DIST ?? inject('fixture').dist;
const base = process.env.CSP_TEST_BASE ?? '/atlas/';
const LOCALE_FOLDERS = ['', 'zh-hant/', 'en/'];
const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));

/** The first page of a kind in the default locale (`cities/<id>/` …), by path order. */
function first(pattern: RegExp): string {
  const file = htmlFiles(dist)
    .filter((p) => pattern.test(p))
    .sort()[0];
  if (!file) throw new Error(`the fixture build has no page matching ${pattern}`);
  return file.replace(/index\.html$/, '');
}

const entity = (kind: string) => first(new RegExp(`^${kind}/[^/]+/index\\.html$`));
const KINDS: [kind: string, path: string][] = [
  ['home', ''],
  ['city index', 'cities/'],
  ['park index', 'parks/'],
  ['industry index', 'industries/'],
  ['cluster index', 'clusters/'],
  ['article index', 'articles/'],
  ['city', entity('cities')],
  ['park', entity('parks')],
  ['industry', entity('industries')],
  ['cluster', entity('clusters')],
  ['article', entity('articles')],
  ['about', 'about/'],
  ['missing page (404)', 'cities/no-such-city/'],
  ['embed', first(/^embed\/cities\/[^/]+\/index\.html$/)],
];
const PAGES = LOCALE_FOLDERS.flatMap((folder) =>
  KINDS.map(([kind, path]) => [`${kind}, /${folder}`, `${folder}${path}`] as const),
);

/** What a page reported: `securitypolicyviolation` events and CSP console messages. */
interface Reports {
  events: string[];
  console: string[];
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  server = await serveDist(dist, base, { headers: (path) => headersForPath(rules, path) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A context that records every CSP violation of every frame, and lets nothing leave the machine. */
async function watchedContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`);
    });
  });
  return context;
}

async function open(context: BrowserContext, path: string, reports: Reports): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) reports.console.push(message.text());
  });
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  // The test means nothing unless the page really came with the policy as a header.
  expect(response?.headers()['content-security-policy'], `${path} is served with the CSP header`).toMatch(
    /default-src 'self'/,
  );
  expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
  return page;
}

/** Wait for every map on the page to become Leaflet with its basemap and markers, then open a marker. */
async function exerciseMaps(page: Page): Promise<void> {
  const maps = await page.locator('figure[data-atlas-map]').count();
  if (maps === 0) return;
  await page.waitForSelector('figure[data-atlas-map] .leaflet-container', { state: 'attached', timeout: 10_000 });
  await page.waitForSelector('figure[data-atlas-map] path[class*="atlas-basemap"]', {
    state: 'attached',
    timeout: 10_000,
  });
  const marker = page.locator('.atlas-marker').first();
  await marker.waitFor({ timeout: 10_000 });
  await marker.click();
  await page.waitForTimeout(300);
}

async function violations(page: Page): Promise<string[]> {
  await page.waitForTimeout(100); // reports are queued as tasks
  const all = await Promise.all(
    page.frames().map((f) => f.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])),
  );
  return all.flat();
}

describe('under the site policy', () => {
  test.each(PAGES)('the %s page reports no CSP violation', async (_name, path) => {
    const reports: Reports = { events: [], console: [] };
    const context = await watchedContext();
    try {
      const page = await open(context, path, reports);
      await exerciseMaps(page);
      reports.events.push(...(await violations(page)));
      expect(reports).toEqual({ events: [], console: [] });
    } finally {
      await context.close();
    }
  });

  test.each(LOCALE_FOLDERS)('a typed search in /%s shows results without a CSP violation', async (folder) => {
    const reports: Reports = { events: [], console: [] };
    const context = await watchedContext();
    try {
      // The query is the first city's own name in this locale, so it has results.
      const city = await open(context, `${folder}${entity('cities')}`, reports);
      const name = (await city.locator('h1').first().textContent())?.trim() ?? '';
      const page = await open(context, `${folder}search/`, reports);
      await page.locator('#search-q').fill(name);
      await page.press('#search-q', 'Enter');
      // Pagefind compiles WebAssembly (in its worker, or on the page when the worker fails).
      await page.waitForSelector('.search-hit, [data-search-state="error"]', { timeout: 30_000 });
      reports.events.push(...(await violations(page)), ...(await violations(city)));
      expect(reports).toEqual({ events: [], console: [] });
      expect(await page.locator('.search-hit').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

describe('framing', () => {
  const embed = first(/^embed\/cities\/[^/]+\/index\.html$/);
  const city = entity('cities');
  let host: Server;

  // Another origin on loopback (another port): Chromium blocks a public page from framing loopback.
  beforeAll(async () => {
    host = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><title>host</title><iframe src="${server.url}${embed}"></iframe><iframe src="${server.url}${city}"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  async function framedBy(context: BrowserContext, reports: Reports): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (message) => reports.console.push(message.text()));
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`, { waitUntil: 'networkidle' });
    return page;
  }

  test('another site can frame an embed, which then upgrades its map without a CSP violation', async () => {
    const context = await watchedContext();
    const reports: Reports = { events: [], console: [] };
    try {
      const page = await framedBy(context, reports);
      const frame = page.frames().find((f) => f.url() === `${server.url}${embed}`);
      await frame?.waitForSelector('.leaflet-container', { state: 'attached', timeout: 10_000 });
      expect(await frame?.locator('.leaflet-container').count()).toBe(1);
      expect(await violations(page)).toEqual([]);
      expect(reports.console.filter((m) => m.includes(embed))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('another site cannot frame a site page', async () => {
    const context = await watchedContext();
    const reports: Reports = { events: [], console: [] };
    try {
      const page = await framedBy(context, reports);
      expect(page.frames().map((f) => f.url())).not.toContain(`${server.url}${city}`);
      expect(reports.console.join('\n')).toMatch(/frame-ancestors 'self'/);
    } finally {
      await context.close();
    }
  });
});
