/**
 * The queries the search issue names, on the five real sample articles
 * (seeds/), built here with the default base.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import compatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import tsPhrases from 'opencc-js/dict/TSPhrases';
import { toHans, toHant } from '../../scripts/lib/convert-script.ts';
import { s2tDictionaries } from '../../src/lib/search/opencc-dictionaries.ts';
import { ambiguousCharacters } from '../../src/lib/search/opencc-tables.ts';
import { runBuild } from '../helpers/run-build.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { openSearch, type Shown } from '../helpers/search-browser.ts';
import { serveDist } from '../helpers/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-search-samples-'));
let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

beforeAll(async () => {
  runBuild({ seeds: 'seeds', content: join(root, 'content'), dist: join(root, 'dist') });
  site = await serveDist(join(root, 'dist'), '/');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

async function search(path: string, query: string): Promise<Shown> {
  const page = await browser.newPage();
  try {
    return await openSearch(page, `${site.url}${path}?q=${encodeURIComponent(query)}`);
  } finally {
    await page.close();
  }
}

const urls = (shown: Shown) => shown.hits.map((h) => h.href).sort();

/**
 * Characters that belong only to the other script: the converter into
 * `script` changes them, the way back restores them, and no phrase makes an
 * exception (so 占 and 并, which Traditional texts also write, do not count).
 */
const AMBIGUOUS = {
  hant: ambiguousCharacters(s2tDictionaries()),
  hans: ambiguousCharacters({
    normalize: [compatibility],
    phrases: [tsPhrases],
    characters: tsCharacters,
    variants: [],
  }),
};
function foreign(text: string, script: 'hans' | 'hant'): string[] {
  const [into, back] = script === 'hans' ? [toHans, toHant] : [toHant, toHans];
  const only = (ch: string) => into(ch) !== ch && back(into(ch)) === ch && !AMBIGUOUS[script].includes(ch);
  return [...new Set([...text].filter((ch) => /\p{Script=Han}/u.test(ch) && only(ch)))];
}

describe('a Traditional or Taiwan query on the Simplified site', () => {
  test('集成電路 finds exactly the pages 集成电路 finds', async () => {
    const [simplified, traditional] = [await search('search/', '集成电路'), await search('search/', '集成電路')];
    expect(simplified.hits.length).toBeGreaterThan(0);
    expect(urls(traditional)).toEqual(urls(simplified));
  });

  test('積體電路 finds every page 集成电路 finds', async () => {
    const [mainland, taiwan] = [await search('search/', '集成电路'), await search('search/', '積體電路')];
    expect(mainland.hits.length).toBeGreaterThan(0);
    expect(urls(taiwan)).toEqual(expect.arrayContaining(urls(mainland)));
  });

  test('晶片 finds every page the mainland word 芯片 finds', async () => {
    const [mainland, taiwan] = [await search('search/', '芯片'), await search('search/', '晶片')];
    expect(mainland.hits.length).toBeGreaterThan(0);
    expect(urls(taiwan)).toEqual(expect.arrayContaining(urls(mainland)));
  });

  test('shows Simplified titles and excerpts, with the mainland term marked', async () => {
    const shown = await search('search/', '積體電路');
    expect(shown.hits.every((h) => !/^\/(zh-hant|en)\//.test(new URL(h.href, site.url).pathname))).toBe(true);
    for (const hit of shown.hits) {
      expect(foreign(hit.title + hit.excerpt, 'hans'), `${hit.href}: ${hit.excerpt}`).toEqual([]);
    }
    expect(shown.hits.some((h) => h.marks.join('').includes('集成'))).toBe(true);
  });
});

describe('a Simplified query on the Traditional site', () => {
  test('集成电路 finds exactly the pages 集成電路 finds, all of them Traditional pages', async () => {
    const [simplified, traditional] = [
      await search('zh-hant/search/', '集成电路'),
      await search('zh-hant/search/', '集成電路'),
    ];
    expect(traditional.hits.length).toBeGreaterThan(0);
    expect(urls(simplified)).toEqual(urls(traditional));
    expect(simplified.hits.every((h) => h.href.startsWith('/zh-hant/'))).toBe(true);
  });

  test('shows Traditional titles and excerpts, with 集成電路 marked', async () => {
    const shown = await search('zh-hant/search/', '集成电路');
    for (const hit of shown.hits) {
      expect(foreign(hit.title + hit.excerpt, 'hant'), `${hit.href}: ${hit.excerpt}`).toEqual([]);
    }
    expect(shown.hits.some((h) => h.marks.join('').includes('集成電路') || h.marks.join('').includes('電路'))).toBe(
      true,
    );
  });
});

describe('English names and pinyin on the English site', () => {
  test('Qingdao finds the Qingdao city page and the articles about Qingdao', async () => {
    const shown = await search('en/search/', 'Qingdao');
    expect(urls(shown)).toContain('/en/cities/qingdao/');
    expect(shown.hits.filter((h) => h.type === 'article').length).toBeGreaterThan(0);
    expect(shown.hits.every((h) => h.href.startsWith('/en/'))).toBe(true);
  });

  test('lists the page named by the query first', async () => {
    expect((await search('en/search/', 'Qingdao')).hits[0]?.href).toBe('/en/cities/qingdao/');
    expect((await search('en/search/', 'integrated circuits')).hits[0]?.href).toBe(
      '/en/industries/integrated-circuits/',
    );
    expect((await search('zh-hant/search/', '青岛')).hits[0]?.href).toBe('/zh-hant/cities/qingdao/');
  });

  test('"integrated circuits" finds the industry page and the articles filed under it', async () => {
    const shown = await search('en/search/', 'integrated circuits');
    expect(urls(shown)).toContain('/en/industries/integrated-circuits/');
    expect(shown.hits.filter((h) => h.type === 'article').length).toBeGreaterThan(0);
  });

  test('toneless pinyin qingdao finds what Qingdao finds', async () => {
    const [english, pinyin] = [await search('en/search/', 'Qingdao'), await search('en/search/', 'qingdao')];
    expect(urls(pinyin)).toEqual(urls(english));
  });

  test('Foxconn finds the article that names the company in Chinese only', async () => {
    const shown = await search('en/search/', 'Foxconn');
    expect(shown.hits.some((h) => h.type === 'article')).toBe(true);
  });

  test('the English alias "semiconductors" finds the integrated circuits industry page', async () => {
    const shown = await search('en/search/', 'semiconductors');
    expect(urls(shown)).toContain('/en/industries/integrated-circuits/');
  });
});

describe('a query nothing matches', () => {
  test.each(['search/', 'zh-hant/search/', 'en/search/'])('finds nothing on %s and says so', async (path) => {
    const shown = await search(path, 'xqzvkjwpq');
    expect(shown.state).toBe('done');
    expect(shown.hits).toEqual([]);
    expect(shown.status).toContain('xqzvkjwpq');
  });
});
