import { describe, expect, test } from 'vitest';
import { atlasFeed, entityFeed } from '../../src/lib/kit/feeds.ts';
import { renderRss, rfc822Date, xmlText } from '../../src/lib/kit/rss.ts';
import { ADDRESS, kitAtlas } from './kit-fixture.ts';
import { childrenNamed, childText, parseXml } from './kit-xml.ts';

const atlas = kitAtlas();

describe('dates and text in RSS', () => {
  test('an ISO date becomes an RFC 822 date at midnight GMT with the right weekday', () => {
    expect(rfc822Date('2020-04-21')).toBe('Tue, 21 Apr 2020 00:00:00 GMT');
    expect(rfc822Date('2024-02-29')).toBe('Thu, 29 Feb 2024 00:00:00 GMT');
  });

  test('a malformed date is refused rather than written as an invalid date', () => {
    expect(() => rfc822Date('2020-13-45')).toThrow(/ISO date/);
  });

  test('characters XML forbids are dropped and markup is escaped', () => {
    expect(xmlText('a\u0000b\u0007c\uFFFE <x> & "y"')).toBe('abc &lt;x&gt; &amp; &quot;y&quot;');
    expect(xmlText('\uD800lone')).toBe('lone');
    expect(xmlText('𠀀 surrogate pair')).toBe('𠀀 surrogate pair');
  });
});

describe('the atlas feed', () => {
  const xml = renderRss(atlasFeed(atlas, 'zh-hans', ADDRESS));
  const rss = parseXml(xml);
  const channel = childrenNamed(rss, 'channel')[0]!;
  const items = childrenNamed(channel, 'item');

  test('is well-formed RSS 2.0 with a title, link, description, language and self link', () => {
    expect(rss.name).toBe('rss');
    expect(rss.attributes.version).toBe('2.0');
    expect(childText(channel, 'title')).toBe('产业集群地图集');
    expect(childText(channel, 'link')).toBe('https://atlas.example.org/atlas/');
    expect(childText(channel, 'description')).toBeTruthy();
    expect(childText(channel, 'language')).toBe('zh-cn');
    expect(childrenNamed(channel, 'atom:link')[0]?.attributes.href).toBe('https://atlas.example.org/atlas/rss.xml');
  });

  test('lists every article newest first, each with a title, absolute link and permanent guid', () => {
    expect(items.map((i) => childText(i, 'link'))).toEqual([
      'https://atlas.example.org/atlas/articles/2023-09-10-33334444/',
      'https://atlas.example.org/atlas/articles/2022-03-04-11112222/',
      'https://atlas.example.org/atlas/articles/undated-55556666/',
    ]);
    for (const item of items) {
      expect(childText(item, 'title')).toBeTruthy();
      const guid = childrenNamed(item, 'guid')[0]!;
      expect(guid.text).toBe(childText(item, 'link'));
      expect(guid.attributes.isPermaLink).toBe('true');
    }
  });

  test('dates come from the articles only: an undated article has no pubDate and nothing says when it was built', () => {
    expect(items.map((i) => childText(i, 'pubDate') ?? null)).toEqual([
      'Sun, 10 Sep 2023 00:00:00 GMT',
      'Fri, 04 Mar 2022 00:00:00 GMT',
      null,
    ]);
    expect(childText(channel, 'pubDate')).toBe('Sun, 10 Sep 2023 00:00:00 GMT');
    expect(xml).not.toContain('lastBuildDate');
  });

  test('hostile titles and publishers stay text in a valid document', () => {
    expect(childText(items[0]!, 'title')).toBe('=天津武清 新材料基地');
    expect(childText(items[0]!, 'description')).toContain('樣例時報 <b>&</b>');
  });

  test('items are categorised by their industries in the feed’s language', () => {
    expect(childrenNamed(items[0]!, 'category').map((c) => c.text)).toEqual(['新材料', '数字经济']);
  });

  test('the same atlas gives the same feed', () => {
    expect(renderRss(atlasFeed(kitAtlas(), 'zh-hans', ADDRESS))).toBe(xml);
  });
});

describe('feeds in other locales and of one entity', () => {
  test('the English feed links English pages and uses English titles where known', () => {
    const channel = childrenNamed(parseXml(renderRss(atlasFeed(atlas, 'en', ADDRESS))), 'channel')[0]!;
    expect(childText(channel, 'language')).toBe('en');
    const titles = childrenNamed(channel, 'item').map((i) => childText(i, 'title'));
    expect(titles).toContain('Dezhou signs "digital" park deal');
    expect(childText(childrenNamed(channel, 'item')[0]!, 'link')).toMatch(
      /^https:\/\/atlas\.example\.org\/atlas\/en\/articles\//,
    );
  });

  test('a city’s feed holds only its articles, in the locale’s script, linked to its page', () => {
    const feed = entityFeed(atlas, 'cities', 'dezhou', 'zh-hant', ADDRESS)!;
    expect(feed.title).toBe('德州市 · 產業集群地圖集');
    expect(feed.link).toBe('https://atlas.example.org/atlas/zh-hant/cities/dezhou/');
    expect(feed.self).toBe('https://atlas.example.org/atlas/zh-hant/cities/dezhou/rss.xml');
    expect(feed.language).toBe('zh-tw');
    expect(feed.items.map((i) => i.title)).toEqual(['=天津武清 新材料基地\u0007', '德州「數字,經濟」園區簽約']);
  });

  test('industry feeds exist for known ids, and none for unknown ones', () => {
    expect(entityFeed(atlas, 'industries', 'new-materials', 'en', ADDRESS)?.items).toHaveLength(1);
    expect(entityFeed(atlas, 'parks', 'no-such-park', 'en', ADDRESS)).toBeUndefined();
  });
});
