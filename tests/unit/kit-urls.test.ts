import { describe, expect, test } from 'vitest';
import { embedCode } from '../../src/lib/kit/embed.ts';
import { dataUrl, embedUrl, entityDataFile, feedUrl, homeImageUrl, ogImageUrl } from '../../src/lib/kit/urls.ts';

describe('addresses of the kit', () => {
  test('data has no locale prefix and keeps the deployment base', () => {
    expect(dataUrl('atlas.json', '/atlas/')).toBe('/atlas/data/atlas.json');
    expect(dataUrl(entityDataFile('clusters', 'qingdao-software', 'csv'), '/')).toBe(
      '/data/clusters/qingdao-software.csv',
    );
  });

  test('feeds sit at the root of each locale and beside each entity page', () => {
    expect(feedUrl('zh-hans', '/')).toBe('/rss.xml');
    expect(feedUrl('zh-hant', '/atlas/')).toBe('/atlas/zh-hant/rss.xml');
    expect(feedUrl('en', '/atlas/', 'industries', 'software')).toBe('/atlas/en/industries/software/rss.xml');
  });

  test('embeds are per locale', () => {
    expect(embedUrl('zh-hans', '/atlas/', 'cities', 'qingdao')).toBe('/atlas/embed/cities/qingdao/');
    expect(embedUrl('en', '/', 'cities', 'qingdao')).toBe('/en/embed/cities/qingdao/');
  });

  test('a page’s share card is the same in every locale; the home card is per locale', () => {
    expect(ogImageUrl('/atlas/', 'industries', 'new-materials')).toBe('/atlas/og/industries/new-materials.jpg');
    expect(homeImageUrl('en', '/')).toBe('/og/en.jpg');
    expect(homeImageUrl('zh-hant', '/atlas')).toBe('/atlas/og/zh-hant.jpg');
  });

  test('a base without its trailing slash gives the same addresses', () => {
    expect(dataUrl('atlas.json', '/atlas')).toBe('/atlas/data/atlas.json');
  });
});

describe('the embed snippet', () => {
  test('is an iframe with the address and title escaped, lazy and borderless', () => {
    const code = embedCode('https://x.org/embed/cities/qingdao/?a=1&b=2', '青岛市 "地图"');
    expect(code).toBe(
      '<iframe src="https://x.org/embed/cities/qingdao/?a=1&amp;b=2" title="青岛市 &quot;地图&quot;" width="640" height="560" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });
});
