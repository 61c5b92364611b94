import { describe, expect, test } from 'vitest';
import { pagePaths, sitemapXml } from '../../src/lib/sitemap.ts';
import { fixtureAtlas } from './site-fixture.ts';

describe('the pages of the atlas', () => {
  const paths = pagePaths(fixtureAtlas(), ['search/']);

  test('include home, every index, every entity, about and extra pages, each once', () => {
    expect(paths).toContain('');
    for (const index of ['cities/', 'parks/', 'industries/', 'clusters/', 'articles/', 'about/', 'search/']) {
      expect(paths).toContain(index);
    }
    expect(paths).toContain('cities/hsinchu/');
    expect(paths).toContain('clusters/qingdao-integrated-circuits/');
    expect(paths).toContain('articles/undated-cccc3333/');
    expect(new Set(paths).size).toBe(paths.length);
  });

  test('are ASCII, lower-case and end in a slash', () => {
    for (const path of paths.filter((p) => p !== '')) expect(path).toMatch(/^[a-z0-9/-]+\/$/);
  });
});

describe('the sitemap', () => {
  const xml = sitemapXml(['', 'cities/qingdao/'], 'https://example.org', '/atlas/');

  test('lists each page once per locale', () => {
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      'https://example.org/atlas/',
      'https://example.org/atlas/zh-hant/',
      'https://example.org/atlas/en/',
      'https://example.org/atlas/cities/qingdao/',
      'https://example.org/atlas/zh-hant/cities/qingdao/',
      'https://example.org/atlas/en/cities/qingdao/',
    ]);
  });

  test('gives every URL its three alternates and x-default', () => {
    const urls = xml.split('<url>').slice(1);
    for (const url of urls) {
      expect([...url.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1])).toEqual([
        'zh-Hans',
        'zh-Hant',
        'en',
        'x-default',
      ]);
    }
  });

  test('is the same document for the same input', () => {
    expect(sitemapXml(['', 'cities/qingdao/'], 'https://example.org', '/atlas/')).toBe(xml);
  });
});
