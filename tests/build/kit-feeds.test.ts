import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { childrenNamed, childText, parseXml } from '../unit/kit-xml.ts';

const { dist } = inject('fixture');
const ORIGIN = 'https://atlas.example.org/atlas/';

const atlas = JSON.parse(readFileSync(join(dist, 'data/atlas.json'), 'utf8')) as Record<
  'cities' | 'parks' | 'industries' | 'clusters',
  { id: string; articles: string[] }[]
> & { articles: { id: string; date: string | null }[] };

const PREFIXES = ['', 'zh-hant/', 'en/'];
const feeds = PREFIXES.flatMap((prefix) => [
  `${prefix}rss.xml`,
  ...(['cities', 'parks', 'industries'] as const).flatMap((kind) =>
    atlas[kind].map((e) => `${prefix}${kind}/${e.id}/rss.xml`),
  ),
]);

describe('RSS feeds', () => {
  test('exist for the atlas and every city, park and industry, in each locale', () => {
    expect(feeds.length).toBeGreaterThan(3);
    for (const feed of feeds) expect(existsSync(join(dist, feed)), feed).toBe(true);
  });

  test.each(feeds)('%s is well-formed RSS 2.0 with a channel and complete items', (feed) => {
    const rss = parseXml(readFileSync(join(dist, feed), 'utf8'));
    expect(rss.name).toBe('rss');
    expect(rss.attributes.version).toBe('2.0');
    const channels = childrenNamed(rss, 'channel');
    expect(channels).toHaveLength(1);
    const channel = channels[0]!;
    for (const name of ['title', 'link', 'description']) expect(childText(channel, name), name).toBeTruthy();
    expect(childText(channel, 'link')!.startsWith(ORIGIN)).toBe(true);
    expect(childrenNamed(channel, 'lastBuildDate')).toEqual([]);
    for (const item of childrenNamed(channel, 'item')) {
      expect(childText(item, 'title')).toBeTruthy();
      expect(childText(item, 'link')!.startsWith(ORIGIN)).toBe(true);
      expect(childText(item, 'guid')).toBe(childText(item, 'link'));
      const date = childText(item, 'pubDate');
      if (date !== undefined)
        expect(date).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 GMT$/);
    }
  });

  test('the atlas feed lists every article, and each item links a page that was built', () => {
    const channel = childrenNamed(parseXml(readFileSync(join(dist, 'en/rss.xml'), 'utf8')), 'channel')[0]!;
    const links = childrenNamed(channel, 'item').map((i) => childText(i, 'link')!);
    expect(links).toHaveLength(atlas.articles.length);
    for (const link of links) expect(existsSync(join(dist, link.slice(ORIGIN.length), 'index.html')), link).toBe(true);
  });

  test('a city’s feed holds exactly the articles of that city', () => {
    for (const city of atlas.cities) {
      const channel = childrenNamed(
        parseXml(readFileSync(join(dist, `cities/${city.id}/rss.xml`), 'utf8')),
        'channel',
      )[0]!;
      const ids = childrenNamed(channel, 'item').map((i) => childText(i, 'link')!.split('/').at(-2));
      expect([...ids].sort()).toEqual([...city.articles].sort());
    }
  });
});
