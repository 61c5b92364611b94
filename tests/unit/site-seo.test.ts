import { describe, expect, test } from 'vitest';
import { absoluteUrl, alternates, clipDescription, pageTitle } from '../../src/lib/seo.ts';

describe('absolute URLs', () => {
  test('join the site, the base, the locale prefix and the path', () => {
    expect(absoluteUrl('zh-hans', 'cities/qingdao/', 'https://example.org', '/atlas/')).toBe(
      'https://example.org/atlas/cities/qingdao/',
    );
    expect(absoluteUrl('zh-hant', '', 'https://example.org', '/')).toBe('https://example.org/zh-hant/');
    expect(absoluteUrl('en', 'articles/x/', 'https://example.org/', '/deep/sub/')).toBe(
      'https://example.org/deep/sub/en/articles/x/',
    );
  });

  test('accept a base without its trailing slash', () => {
    expect(absoluteUrl('en', 'about/', 'https://example.org', '/atlas')).toBe('https://example.org/atlas/en/about/');
  });
});

describe('alternates', () => {
  test('name the page in the three locales and point x-default at the Simplified one', () => {
    const links = alternates('parks/p1/', 'https://example.org', '/atlas/');
    expect(links.map((l) => l.hreflang)).toEqual(['zh-Hans', 'zh-Hant', 'en', 'x-default']);
    expect(links[3]!.href).toBe(links[0]!.href);
    expect(new Set(links.slice(0, 3).map((l) => l.href)).size).toBe(3);
  });
});

describe('page titles and descriptions', () => {
  test('a page title is followed by the site name, and the home page is the site name alone', () => {
    expect(pageTitle('青岛市', '产业集群地图集')).toBe('青岛市 · 产业集群地图集');
    expect(pageTitle(null, '产业集群地图集')).toBe('产业集群地图集');
  });

  test('a long description is clipped at a character, never inside a surrogate pair', () => {
    const text = '𠀀'.repeat(200);
    const clipped = clipDescription(text, 10);
    expect([...clipped]).toHaveLength(10);
    expect(clipped.endsWith('…')).toBe(true);
    expect(clipped).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  test('a short description is kept, with its whitespace collapsed', () => {
    expect(clipDescription('  两个\n\n空格  ')).toBe('两个 空格');
  });
});
