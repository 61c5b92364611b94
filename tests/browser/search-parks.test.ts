/**
 * Parks on the search page: park pages are indexed as directories of a
 * city's parks (src/lib/search/park-directory.ts), and the page shows each
 * park found as a result of its own, linked to the park's page.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { openSearch, type Shown } from '../helpers/search-browser.ts';
import { serveDist } from '../helpers/static-server.ts';

const fixture = inject('fixture');
const BASE = '/atlas/';
let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

beforeAll(async () => {
  site = await serveDist(fixture.dist, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function search(path: string): Promise<Shown> {
  const context = await browser.newContext();
  try {
    return await openSearch(await context.newPage(), `${site.url}${path}`);
  } finally {
    await context.close();
  }
}

/** The park pages the fixture build wrote for a locale folder, as the URLs the search page links to. */
function parkPages(prefix: string): string[] {
  const dir = join(fixture.dist, prefix, 'parks');
  return readdirSync(dir)
    .filter((d) => statSync(join(dir, d)).isDirectory())
    .map((d) => `${BASE}${prefix}parks/${d}/`)
    .sort();
}

describe('a park', () => {
  test.each([
    ['search/', '新竹科学园区', ''],
    ['zh-hant/search/', '新竹科學園區', 'zh-hant/'],
    ['en/search/', 'Hsinchu Science Park', 'en/'],
  ])('is found on %s by its name, first, as a park linked to its own page', async (path, name, prefix) => {
    const { hits } = await search(`${path}?q=${encodeURIComponent(name)}`);
    expect(hits[0]).toMatchObject({ type: 'park', title: name, href: `${BASE}${prefix}parks/hsinchu-science-park/` });
    // Once, and no link to the directory record itself.
    expect(hits.filter((h) => h.href.endsWith('parks/hsinchu-science-park/'))).toHaveLength(1);
    expect(hits.filter((h) => h.href.includes('#directory-'))).toEqual([]);
  });

  test('found by a word of its page shows that word marked', async () => {
    const { hits } = await search(`en/search/?q=${encodeURIComponent('Hsinchu Science Park')}`);
    expect(hits[0]!.marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['hsinchu']));
  });
});

describe('the park filter', () => {
  test.each([
    ['search/', ''],
    ['en/search/', 'en/'],
  ])('on %s with no query lists every park page, each once', async (path, prefix) => {
    const shown = await search(`${path}?type=park`);
    expect(shown.hits.every((h) => h.type === 'park')).toBe(true);
    expect(shown.hits.map((h) => h.href).sort()).toEqual(parkPages(prefix));
    expect(shown.status).toContain(String(parkPages(prefix).length));
  });

  test('with an industry keeps only the parks filed under it', async () => {
    const all = await search('search/?type=park');
    const { hits } = await search(`search/?type=park&industry=${encodeURIComponent('物联网')}`);
    expect(hits.map((h) => h.href)).toEqual([`${BASE}parks/wuxi-xinyidaiwulianwang-chanyeyuan/`]);
    expect(hits.length).toBeLessThan(all.hits.length);
  });
});
