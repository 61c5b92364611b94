/**
 * The search page's behaviour on the fixture corpus (Hefei, Hsinchu, Wuxi,
 * Hong Kong …), built under /atlas/: URLs, filters, the header box, the
 * Taiwan article's vocabulary, and what loads when.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { openSearch, readShown, recordTraffic, settled, showAll } from '../helpers/search-browser.ts';
import { serveDist } from '../helpers/static-server.ts';

const fixture = inject('fixture');
const BASE = '/atlas/';
let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

/** The id of the fixture article whose Simplified text holds `word` (ids are the article folders). */
function articleId(word: string): string {
  const dir = join(fixture.content, 'articles');
  const id = readdirSync(dir).find((d) => readFileSync(join(dir, d, 'zh-hans.mdx'), 'utf8').includes(word));
  if (!id) throw new Error(`no fixture article mentions ${word}`);
  return id;
}

beforeAll(async () => {
  site = await serveDist(fixture.dist, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function withPage<T>(run: (page: Page) => Promise<T>, options: { javaScriptEnabled?: boolean } = {}): Promise<T> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  try {
    return await run(page);
  } finally {
    await context.close();
  }
}

const search = (path: string, query: string) =>
  withPage((page) => openSearch(page, `${site.url}${path}?q=${encodeURIComponent(query)}`));
const paths = (hits: { href: string }[]) => hits.map((h) => h.href);

describe('the search page in each locale', () => {
  test.each([
    ['search/', 'zh-Hans'],
    ['zh-hant/search/', 'zh-Hant'],
    ['en/search/', 'en'],
  ])('%s is served under the base, in its language, with a form that submits to itself', async (path, lang) => {
    await withPage(async (page) => {
      const response = await page.goto(`${site.url}${path}`);
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.getAttribute('form.search__form', 'action')).toBe(`${BASE}${path}`);
      expect(await page.getAttribute('#search-q', 'type')).toBe('search');
    });
  });

  test('submitting the form without JavaScript reloads the page with ?q=', async () => {
    await withPage(
      async (page) => {
        await page.goto(`${site.url}search/`);
        await page.fill('#search-q', '新型显示');
        await Promise.all([page.waitForURL(/\?q=/), page.press('#search-q', 'Enter')]);
        expect(new URL(page.url()).searchParams.get('q')).toBe('新型显示');
      },
      { javaScriptEnabled: false },
    );
  });

  test("every page's header search box opens the search page of its locale with the query", async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}zh-hant/`);
      const form = page.locator('header form[role="search"]').first();
      expect(await form.getAttribute('action')).toBe(`${BASE}zh-hant/search/`);
      await form.locator('input[name="q"]').fill('集成電路');
      await Promise.all([page.waitForURL(/zh-hant\/search\/\?q=/), form.locator('input[name="q"]').press('Enter')]);
      await settled(page);
      expect((await readShown(page)).state).toBe('done');
    });
  });
});

describe('the query in the URL', () => {
  test('a shared link shows the same results as typing the query', async () => {
    const shared = await search('search/', '新型显示');
    const typed = await withPage(async (page) => {
      await page.goto(`${site.url}search/`);
      await settled(page);
      await page.locator('#search-q').pressSequentially('新型显示');
      await page.waitForURL(/\?q=/);
      await page.waitForSelector('[data-search-state="done"]');
      await showAll(page);
      return readShown(page);
    });
    expect(shared.hits.length).toBeGreaterThan(0);
    expect(paths(typed.hits)).toEqual(paths(shared.hits));
  });

  test('follows the reader as they type, and drops ?q= when the box is emptied', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}search/`);
      await settled(page);
      await page.locator('#search-q').pressSequentially('合肥');
      await page.waitForURL((url) => url.searchParams.get('q') === '合肥');
      await page.locator('#search-q').fill('');
      await page.waitForURL((url) => url.search === '');
      expect((await readShown(page)).hits).toEqual([]);
    });
  });
});

describe('the Taiwan article (Hsinchu, in Traditional)', () => {
  test('is found on the Simplified site by its own term 積體電路 and by the mainland name 集成电路', async () => {
    const hsinchu = `${BASE}articles/${articleId('新竹')}/`;
    expect(paths((await search('search/', '積體電路')).hits)).toContain(hsinchu);
    expect(paths((await search('search/', '集成电路')).hits)).toContain(hsinchu);
  });

  test('is found on the Traditional site by the mainland name typed in Simplified', async () => {
    const hsinchu = `${BASE}zh-hant/articles/${articleId('新竹')}/`;
    expect(paths((await search('zh-hant/search/', '集成电路')).hits)).toContain(hsinchu);
  });

  test('its city page is found on /en/ by toneless pinyin although its English name is Hsinchu', async () => {
    const hits = (await search('en/search/', 'xinzhu')).hits;
    expect(hits.some((h) => h.type === 'city' && h.href.startsWith(`${BASE}en/cities/`))).toBe(true);
  });
});

describe('Chinese queries on the English site', () => {
  test('offer the Chinese search of the same query, whose index is segmented for Chinese', async () => {
    await withPage(async (page) => {
      await openSearch(page, `${site.url}en/search/?q=${encodeURIComponent('新型显示')}`);
      const href = await page.locator('[data-search-status] a').getAttribute('href');
      expect(href).toBe(`${BASE}search/?q=${encodeURIComponent('新型显示')}`);
    });
  });
});

describe('results', () => {
  test('show a type, a linked title, a marked excerpt and, for articles, the date', async () => {
    const shown = await search('search/', '新型显示');
    const article = shown.hits.find((h) => h.type === 'article');
    expect(article?.title).toContain('合肥');
    expect(article?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article?.marks.join('')).toContain('显示');
    expect(shown.hits.every((h) => h.href.startsWith(BASE))).toBe(true);
  });

  test('BOE on /en/ finds the Hefei article that names 京东方 only in Chinese', async () => {
    const hits = (await search('en/search/', 'BOE')).hits;
    expect(hits.some((h) => h.type === 'article' && h.href.startsWith(`${BASE}en/articles/`))).toBe(true);
  });
});

describe('a city and an industry together', () => {
  test('合肥 新型显示 finds the city page, the industry page and the articles, and no cluster page', async () => {
    const shown = await search('search/', '合肥 新型显示');
    expect(paths(shown.hits)).toEqual(
      expect.arrayContaining([`${BASE}cities/hefei/`, `${BASE}industries/new-display/`]),
    );
    expect(shown.hits.some((h) => h.type === 'article')).toBe(true);
    expect(paths(shown.hits).filter((p) => p.includes('/clusters/'))).toEqual([]);
  });
});

describe('filters', () => {
  test('by type keep only that type, and go into the URL', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}search/?q=${encodeURIComponent('产业')}`);
      await settled(page);
      await page.waitForSelector('[data-search-filters]:not([hidden])');
      await page.selectOption('select[data-filter="type"]', 'article');
      await page.waitForURL((url) => url.searchParams.get('type') === 'article');
      await settled(page);
      await showAll(page);
      const { hits } = await readShown(page);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h.type === 'article')).toBe(true);
    });
  });

  test('by year, read from a shared link, keep only that year', async () => {
    const shown = await withPage((page) =>
      openSearch(page, `${site.url}search/?q=${encodeURIComponent('产业')}&year=2023`),
    );
    expect(shown.hits.length).toBeGreaterThan(0);
    expect(shown.hits.every((h) => h.date?.startsWith('2023'))).toBe(true);
  });

  test('by city alone, with no query, list what is filed under the city', async () => {
    const shown = await withPage((page) => openSearch(page, `${site.url}en/search/?city=Hefei`));
    expect(shown.hits.length).toBeGreaterThan(0);
    expect(paths(shown.hits)).toContain(`${BASE}en/cities/hefei/`);
  });

  test("show their labels in the reader's locale", async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}zh-hant/search/?q=${encodeURIComponent('產業')}`);
      await page.waitForSelector('[data-search-filters]:not([hidden])');
      const types = await page.locator('select[data-filter="type"] option').allTextContents();
      expect(types).toContain('文章');
      expect(types).toContain('全部');
    });
  });

  test('by type offer only types some page is filed under: no cluster, whose pages are not indexed', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}en/search/?q=${encodeURIComponent('Hefei')}`);
      await page.waitForSelector('[data-search-filters]:not([hidden])');
      const values = await page
        .locator('select[data-filter="type"] option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(values).toEqual(expect.arrayContaining(['', 'article', 'city']));
      expect(values).not.toContain('cluster');
    });
  });
});

describe('what loads, and when', () => {
  test('an article page loads no search code', async () => {
    await withPage(async (page) => {
      const traffic = recordTraffic(page);
      await page.goto(`${site.url}articles/${articleId('合肥')}/`);
      await page.waitForLoadState('networkidle');
      expect(traffic.filter((t) => /pagefind|search|opencc|t2cn|cn2t/.test(t.url))).toEqual([]);
    });
  });

  test('the search page fetches no index until there is a query', async () => {
    await withPage(async (page) => {
      const traffic = recordTraffic(page);
      await page.goto(`${site.url}search/`);
      await settled(page);
      await page.waitForLoadState('networkidle');
      expect(traffic.filter((t) => t.url.includes('/pagefind/'))).toEqual([]);
    });
  });

  test('the script converter loads only for a query with characters to convert, the phrase tables only when needed', async () => {
    await withPage(async (page) => {
      const traffic = recordTraffic(page);
      const converters = (re: RegExp) => traffic.filter((t) => re.test(t.url)).length;
      await openSearch(page, `${site.url}search/?q=${encodeURIComponent('集成电路')}`);
      expect(converters(/t2cn|cn2t|t2s-characters|s2t-characters/)).toBe(0);
      const typed = async (query: string) => {
        await page.locator('#search-q').fill(query);
        await page.waitForURL((url) => url.searchParams.get('q') === query);
        await page.waitForSelector('[data-search-state="done"]');
      };
      await typed('積體電路');
      expect([converters(/t2s-characters/), converters(/t2cn/)]).toEqual([1, 0]);
      // 乾 is 干 or 乾 by context (乾淨 干净, 乾隆 乾隆): only the phrase tables know.
      await typed('乾淨');
      expect(converters(/t2cn/)).toBe(1);
    });
  });
});
