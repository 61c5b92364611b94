import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { describeReport, indexSite, pageUrl } from '../../src/integrations/pagefind.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * The indexed text of every page of a bundle, by URL (fragments are gzipped
 * JSON after a signature; Pagefind puts zero-width spaces between Chinese words).
 */
function indexedText(site: string): Record<string, string> {
  const dir = join(site, 'pagefind', 'fragment');
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

function page(site: string, path: string, lang: string, body: string, marked = true): void {
  mkdirSync(join(site, path), { recursive: true });
  const main = marked ? '<main data-pagefind-body>' : '<main>';
  writeFileSync(
    join(site, path, 'index.html'),
    `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>菜单</nav>${main}${body}</main></body></html>`,
  );
}

describe('indexSite', () => {
  test('writes one index per page language into <site>/pagefind, counting only marked pages', async () => {
    const site = join(root, 'site');
    page(site, 'cities/qingdao', 'zh-Hans', '<h1>青岛</h1><p>集成电路产业</p>');
    page(site, 'articles/a', 'zh-Hans', '<h1>文章</h1><p>青岛的集成电路</p>');
    page(site, 'zh-hant/cities/qingdao', 'zh-Hant', '<h1>青島</h1><p>集成電路產業</p>');
    page(site, 'en/cities/qingdao', 'en', '<h1>Qingdao</h1><p>Integrated circuits</p>');
    page(site, 'en/search', 'en', '<h1>Search</h1>', false);
    const report = await indexSite(site);
    expect(report.languages).toEqual({ 'zh-hans': 2, 'zh-hant': 1, en: 1 });
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(describeReport(report)).toMatch(/en 1, zh-hans 2, zh-hant 1/);
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
    const text = indexedText(site);
    expect(text['/cities/qingdao/']).toContain('Qingdao');
    expect(text['/cities/qingdao/']).not.toContain('青島市');
    expect(text['/zh-hant/cities/qingdao/']).not.toContain('青岛市');
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
