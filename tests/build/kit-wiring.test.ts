/**
 * The kit as readers meet it on the site's pages: share cards in the head,
 * feeds announced, each page's own downloads, a citation, the embed code,
 * and the about page's data dictionary. These pass once the components are
 * placed on the pages (see src/components/kit/*.astro for where).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { fileFor } from '../helpers/crawl.ts';
import { htmlFiles, readPage } from '../helpers/dist.ts';
import { serveDist } from '../helpers/static-server.ts';
import { FIELDS } from '../../src/lib/kit/fields.ts';

const { dist } = inject('fixture');
const BASE = '/atlas/';
const ORIGIN = 'https://atlas.example.org';
const LOCALES = [
  { prefix: '', code: 'zh-hans' },
  { prefix: 'zh-hant/', code: 'zh-hant' },
  { prefix: 'en/', code: 'en' },
] as const;
const KINDS = ['cities', 'parks', 'industries', 'clusters', 'articles'] as const;
const atlas = JSON.parse(readFileSync(join(dist, 'data/atlas.json'), 'utf8')) as Record<
  (typeof KINDS)[number],
  { id: string; city?: string; cities?: string[] }[]
>;
/** The card a page shows: its own, or its city's (parks, clusters; articles by their first city, else the home card). */
const cardOf = (kind: (typeof KINDS)[number], e: { id: string; city?: string; cities?: string[] }, locale: string) => {
  if (kind === 'clusters' || kind === 'parks') return `cities/${e.city}`;
  if (kind === 'articles') return e.cities?.[0] ? `cities/${e.cities[0]}` : locale;
  return `${kind}/${e.id}`;
};
const pages = LOCALES.flatMap((locale) =>
  KINDS.flatMap((kind) =>
    atlas[kind].map((e) => ({
      locale,
      kind,
      id: e.id,
      card: cardOf(kind, e, locale.code),
      file: `${locale.prefix}${kind}/${e.id}/index.html`,
    })),
  ),
);
const exists = (url: string) => fileFor(dist, BASE, url.startsWith(ORIGIN) ? new URL(url).pathname : url) !== null;

describe('entity and article pages carry the kit', () => {
  test('og:image is the page’s share card (a park’s, cluster’s or article’s is its city’s), as an absolute URL to a built file', () => {
    for (const p of pages) {
      const image = readPage(dist, p.file).querySelector('meta[property="og:image"]')?.getAttribute('content');
      expect(image, p.file).toBe(`${ORIGIN}${BASE}og/${p.card}.jpg`);
      expect(exists(image!), image).toBe(true);
    }
  });

  test('the head announces the atlas feed and the entity’s own (a cluster’s: its city’s)', () => {
    for (const p of pages) {
      const feeds = readPage(dist, p.file)
        .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
        .map((l) => l.getAttribute('href') ?? '');
      expect(feeds, p.file).toContain(`${BASE}${p.locale.prefix}rss.xml`);
      const own = p.kind === 'clusters' ? p.card : `${p.kind}/${p.id}`;
      if (p.kind !== 'articles') expect(feeds, p.file).toContain(`${BASE}${p.locale.prefix}${own}/rss.xml`);
      for (const feed of feeds) expect(exists(feed), feed).toBe(true);
    }
  });

  test('a cluster page offers its city’s and its industry’s feeds, each named, and has none of its own', () => {
    const clusters = atlas.clusters as { id: string; city: string; industry?: string }[];
    expect(clusters.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      for (const c of clusters) {
        const links = readPage(dist, `${locale.prefix}clusters/${c.id}/index.html`).querySelectorAll('a.kit-feed');
        expect(links.map((a) => a.getAttribute('href'))).toEqual([
          `${BASE}${locale.prefix}cities/${c.city}/rss.xml`,
          `${BASE}${locale.prefix}industries/${c.industry}/rss.xml`,
        ]);
        for (const a of links) expect(a.text.trim()).toBe(a.getAttribute('title'));
        expect(exists(`${BASE}${locale.prefix}clusters/${c.id}/rss.xml`)).toBe(false);
      }
    }
  });

  test('every page links its own JSON and CSV', () => {
    for (const p of pages) {
      const hrefs = readPage(dist, p.file)
        .querySelectorAll('a[href]')
        .map((a) => a.getAttribute('href'));
      expect(hrefs, p.file).toContain(`${BASE}data/${p.kind}/${p.id}.json`);
      expect(hrefs, p.file).toContain(`${BASE}data/${p.kind}/${p.id}.csv`);
    }
  });

  test('every page offers a Chinese and an English citation of itself, with a slot for the date of access', () => {
    for (const p of pages) {
      const citations = readPage(dist, p.file).querySelectorAll('.kit-cite__text');
      expect(citations, p.file).toHaveLength(2);
      const own = `${ORIGIN}${BASE}${p.locale.code === 'en' ? '' : p.locale.prefix}${p.kind}/${p.id}/`;
      const english = `${ORIGIN}${BASE}en/${p.kind}/${p.id}/`;
      expect(citations[0]!.text).toContain(p.locale.code === 'en' ? `${ORIGIN}${BASE}${p.kind}/${p.id}/` : own);
      expect(citations[1]!.text).toContain(english);
      for (const c of citations) expect(c.querySelector('[data-cite-accessed]'), p.file).not.toBeNull();
    }
  });

  test('city and cluster pages show the iframe code of their (city’s) embeddable map', () => {
    for (const p of pages.filter((x) => x.kind === 'cities' || x.kind === 'clusters')) {
      // node-html-parser keeps a <pre>'s content as raw text: drop the <code> tags, then decode.
      const raw = readPage(dist, p.file).querySelector('pre.kit-embed__code')?.rawText ?? '';
      const code = raw
        .replace(/<\/?code[^>]*>/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      const src = /<iframe src="([^"]+)"/.exec(code)?.[1];
      expect(src, p.file).toBe(`${ORIGIN}${BASE}${p.locale.prefix}embed/${p.card}/`);
      expect(exists(src!), src).toBe(true);
    }
  });
});

describe('the about page documents the downloads', () => {
  test.each(LOCALES)('in $code it lists every field of every table and links every file', (locale) => {
    const page = readPage(dist, `${locale.prefix}about/index.html`);
    for (const [table, fields] of Object.entries(FIELDS)) {
      const names = page.querySelectorAll(`#fields-${table} th[scope="row"] > code`).map((c) => c.text);
      expect(names, table).toEqual(fields.map((f) => f.name));
    }
    const hrefs = page.querySelectorAll('a[href]').map((a) => a.getAttribute('href'));
    for (const file of ['atlas.json', 'atlas.geojson', 'figures.csv']) expect(hrefs).toContain(`${BASE}data/${file}`);
    expect(page.querySelector('a[rel="license"]')).not.toBeNull();
  });
});

describe('in a browser', () => {
  let browser: Browser;
  let site: { url: string; close(): Promise<void> };
  const article = atlas.articles[0]!.id;

  beforeAll(async () => {
    browser = await launchChromium();
    site = await serveDist(dist, BASE);
  });
  afterAll(async () => {
    await site?.close();
    await browser?.close();
  });

  test('the browser fills in today’s date and the copy button copies the citation', async () => {
    const context = await browser.newContext({ timezoneId: 'Asia/Shanghai' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    const page = await context.newPage();
    await page.goto(`${site.url}en/articles/${article}/`);
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date()),
    );
    const english = page.locator('.kit-cite__text').nth(1);
    await expect.poll(() => english.textContent()).toContain(`(accessed ${today}).`);
    const button = page.locator('button[data-copy-target="cite-text-1"]');
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((await english.textContent())?.trim());
    await expect.poll(() => page.locator('[data-copy-status]').nth(1).textContent()).toBe('Copied');
    await context.close();
  });

  test('without JavaScript the citation is plain text with a placeholder date and no dead button', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}articles/${article}/`);
    expect(await page.locator('.kit-cite__text').first().textContent()).toContain('____年__月__日');
    expect(await page.locator('button[data-copy-target]').first().isVisible()).toBe(false);
    await context.close();
  });

  test('the article page highlights the paragraph a figure links to', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}articles/${article}/#p-2`);
    const background = (id: string) => page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('p-2')).not.toBe(await background('p-1'));
    await context.close();
  });
});

test('no page outside the embeds is left without a share card', () => {
  for (const file of htmlFiles(dist).filter((f) => !f.includes('embed/') && f !== '404.html' && !f.startsWith('_'))) {
    const image = readPage(dist, file).querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    expect(image.startsWith(`${ORIGIN}${BASE}`), file).toBe(true);
    expect(existsSync(join(dist, new URL(image).pathname.slice(BASE.length))), image).toBe(true);
  }
});
