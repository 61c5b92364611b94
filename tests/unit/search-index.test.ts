import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_INDEX_OPTIONS, describeReport, indexSite, pageUrl } from '../../src/integrations/pagefind.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * The indexed text of every page of a locale's bundle, by URL (fragments are gzipped
 * JSON after a signature; Pagefind puts zero-width spaces between Chinese words).
 */
function indexedText(site: string, locale: string): Record<string, string> {
  const dir = join(site, 'pagefind', locale, 'fragment');
  return Object.fromEntries(
    readdirSync(dir).map((f) => {
      const json = gunzipSync(readFileSync(join(dir, f)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, '');
      const { url, content } = JSON.parse(json) as { url: string; content: string };
      return [url, content.replaceAll('\u200b', '')];
    }),
  );
}

/** The languages a bundle's entry file lists, with their page counts. */
function bundleLanguages(site: string, locale: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(site, 'pagefind', locale, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]));
}

function page(site: string, path: string, lang: string, body: string, marked = true): void {
  mkdirSync(join(site, path), { recursive: true });
  const main = marked ? '<main data-pagefind-body>' : '<main>';
  writeFileSync(
    join(site, path, 'index.html'),
    `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>菜单</nav>${main}${body}</main></body></html>`,
  );
}

describe('indexSite', () => {
  test('writes one bundle per locale into <site>/pagefind/<locale>, each holding only its own marked pages', async () => {
    const site = join(root, 'site');
    page(site, 'cities/qingdao', 'zh-Hans', '<h1>青岛</h1><p>集成电路产业</p>');
    page(site, 'articles/a', 'zh-Hans', '<h1>文章</h1><p>青岛的集成电路</p>');
    page(site, 'zh-hant/cities/qingdao', 'zh-Hant', '<h1>青島</h1><p>集成電路產業</p>');
    page(site, 'en/cities/qingdao', 'en', '<h1>Qingdao</h1><p>Integrated circuits</p>');
    page(site, 'en/search', 'en', '<h1>Search</h1>', false);
    const report = await indexSite(site);
    expect(report.languages).toEqual({ 'zh-hans': 2, 'zh-hant': 1, en: 1 });
    for (const locale of ['zh-hans', 'zh-hant', 'en']) {
      expect(existsSync(join(site, 'pagefind', locale, 'pagefind.js'))).toBe(true);
      expect(Object.keys(bundleLanguages(site, locale))).toEqual([locale]);
    }
    expect(Object.keys(indexedText(site, 'en'))).toEqual(['/en/cities/qingdao/']);
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(false);
    expect(describeReport(report)).toMatch(
      /en 1 \(\d+ ms[^)]*\), zh-hans 2 \(\d+ ms[^)]*\), zh-hant 1 \(\d+ ms[^)]*\)/,
    );
    // One service per locale, each measured (on Linux) before it was closed.
    if (process.platform === 'linux')
      expect(Object.keys(report.serviceMB).sort()).toEqual(['en', 'zh-hans', 'zh-hant']);
  });

  test("lists each bundle's filter values with their page counts, so menus need no filter chunk", async () => {
    const site = join(root, 'filters');
    const meta = (type: string, city: string) =>
      `<span data-pagefind-filter="type[data-value]" data-value="${type}"></span>` +
      `<span data-pagefind-filter="city[data-value]" data-value="${city}"></span>`;
    page(site, 'cities/qingdao', 'zh-Hans', `<h1>青岛</h1>${meta('city', '青岛')}`);
    page(site, 'articles/a', 'zh-Hans', `<h1>文章</h1>${meta('article', '青岛')}`);
    page(site, 'articles/b', 'zh-Hans', `<h1>文章</h1>${meta('article', '天津')}`);
    page(site, 'en/cities/qingdao', 'en', `<h1>Qingdao</h1>${meta('city', 'Qingdao')}`);
    await indexSite(site);
    const values = (locale: string) =>
      JSON.parse(readFileSync(join(site, 'pagefind', locale, 'filter-values.json'), 'utf8')) as unknown;
    expect(values('zh-hans')).toEqual({ city: { 天津: 1, 青岛: 2 }, type: { article: 2, city: 1 } });
    expect(values('en')).toEqual({ city: { Qingdao: 1 }, type: { city: 1 } });
    expect(existsSync(join(site, 'pagefind', 'zh-hant'))).toBe(false);
  });

  test('replaces an earlier bundle rather than mixing old files into the new one', async () => {
    const site = join(root, 'again');
    page(site, 'articles/a', 'zh-Hans', '<h1>文章</h1><p>第一版</p>');
    await indexSite(site);
    mkdirSync(join(site, 'pagefind', 'stale'), { recursive: true });
    writeFileSync(join(site, 'pagefind', 'zh-hans', 'fragment', 'old.pf_fragment'), 'x');
    await indexSite(site);
    expect(readdirSync(join(site, 'pagefind'))).toEqual(['zh-hans']);
    expect(readdirSync(join(site, 'pagefind', 'zh-hans', 'fragment'))).not.toContain('old.pf_fragment');
  });

  test("leaves text in the other Chinese script out of each page's index", async () => {
    const site = join(root, 'scripts');
    page(
      site,
      'cities/qingdao',
      'zh-Hans',
      '<h1>青岛</h1><dl><dd lang="zh-Hant">青島市</dd><dd lang="en">Qingdao</dd></dl>',
    );
    page(site, 'zh-hant/cities/qingdao', 'zh-Hant', '<h1>青島</h1><dl><dd lang="zh-Hans">青岛市</dd></dl>');
    await indexSite(site);
    const hans = indexedText(site, 'zh-hans');
    expect(hans['/cities/qingdao/']).toContain('Qingdao');
    expect(hans['/cities/qingdao/']).not.toContain('青島市');
    expect(indexedText(site, 'zh-hant')['/zh-hant/cities/qingdao/']).not.toContain('青岛市');
  });

  test('leaves citations, embed code, download links, notes, buttons, lists of figures and of clusters out of the index', async () => {
    const site = join(root, 'furniture');
    page(
      site,
      'cities/qingdao',
      'zh-Hans',
      '<h1>青岛</h1><p>海洋装备</p>' +
        '<section aria-labelledby="cite-heading"><h2 id="cite-heading">引用本页</h2><p>访问日期</p></section>' +
        '<section aria-labelledby="embed-heading"><div data-copy-box><pre><code>&lt;iframe&gt;</code></pre></div></section>' +
        '<section aria-labelledby="downloads-heading"><a href="x.csv">下载表格</a></section>' +
        '<p class="note">说明文字</p><p class="notice notice--converted">自动转换</p><button>复制</button>' +
        '<ol class="figures"><li class="figure"><span class="figure__value">16个项目</span>' +
        '<span class="figure__kind">数量</span></li></ol>' +
        '<section aria-labelledby="clusters-heading"><ul><li><a href="/d/">青岛市港口物流产业集群</a></li></ul></section>',
    );
    await indexSite(site);
    const text = indexedText(site, 'zh-hans')['/cities/qingdao/'] ?? '';
    expect(text).toContain('海洋装备');
    const furniture = [
      '引用本页',
      '访问日期',
      'iframe',
      '下载表格',
      '说明文字',
      '自动转换',
      '复制',
      '16个项目',
      '产业集群',
    ];
    for (const word of furniture) {
      expect(text).not.toContain(word);
    }
  });

  test("indexes a page that uses a regional term under the locale's words for it, from the site's folding table", async () => {
    const site = join(root, 'folded');
    page(site, 'articles/a', 'zh-Hans', '<h1>新竹</h1><p>新竹的积体电路产业</p>');
    page(site, 'articles/b', 'zh-Hans', '<h1>青岛</h1><p>青岛的集成电路产业</p>');
    page(site, 'zh-hant/articles/a', 'zh-Hant', '<h1>新竹</h1><p>新竹的積體電路產業</p>');
    mkdirSync(join(site, 'search'), { recursive: true });
    writeFileSync(join(site, 'search', 'folding.json'), JSON.stringify({ terms: { 积体电路: ['集成电路'] } }));
    await indexSite(site);
    const hans = indexedText(site, 'zh-hans');
    expect(hans['/articles/a/']).toContain('集成电路');
    expect(hans['/articles/b/']?.match(/集成电路/g)).toHaveLength(1);
    // The Traditional site has no table here, so its page is indexed as written.
    expect(indexedText(site, 'zh-hant')['/zh-hant/articles/a/']).not.toContain('集成');
  });

  test('writes the same bundle whether pages are sent one at a time or several in flight', async () => {
    const site = join(root, 'inflight');
    for (let i = 0; i < 40; i++) {
      page(
        site,
        `articles/a${String(i).padStart(2, '0')}`,
        'zh-Hans',
        `<h1>文章${i}</h1><p>青岛第${i}个集成电路项目</p>`,
      );
    }
    const digest = () =>
      readdirSync(join(site, 'pagefind', 'zh-hans'), { recursive: true })
        .map(String)
        .sort()
        .filter((f) => f.includes('.'))
        .map((f) => `${f}:${readFileSync(join(site, 'pagefind', 'zh-hans', f)).toString('base64')}`)
        .join('\n');
    await indexSite(site, { ...DEFAULT_INDEX_OPTIONS, inFlight: 1 });
    const one = digest();
    await indexSite(site, { ...DEFAULT_INDEX_OPTIONS, inFlight: 16 });
    expect(digest()).toBe(one);
  });

  test('fails with a clear message when the folder has no page to index', async () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    await expect(indexSite(empty)).rejects.toThrow(/no page/);
  });
});

describe('pageUrl', () => {
  test('serves a folder page at its folder and any other file as itself', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('en/cities/qingdao/index.html')).toBe('/en/cities/qingdao/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});
