import { describe, expect, test } from 'vitest';
import { shareCardUrl } from '../../src/lib/kit/share-card.ts';
import { kitAtlas } from './kit-fixture.ts';

const atlas = kitAtlas();

describe('the share card a page shows', () => {
  test('cities and industries show their own', () => {
    expect(shareCardUrl(atlas, 'cities', 'dezhou', '/atlas/')).toBe('/atlas/og/cities/dezhou.jpg');
    expect(shareCardUrl(atlas, 'industries', 'digital-economy', '/')).toBe('/og/industries/digital-economy.jpg');
  });

  test('a park and a cluster show their city’s, and an article its first city’s', () => {
    expect(shareCardUrl(atlas, 'parks', 'dezhou-digital-park', '/')).toBe('/og/cities/dezhou.jpg');
    expect(shareCardUrl(atlas, 'clusters', 'dezhou-digital-economy', '/')).toBe('/og/cities/dezhou.jpg');
    expect(shareCardUrl(atlas, 'articles', '2023-09-10-33334444', '/')).toBe('/og/cities/tianjin.jpg');
  });

  test('a page with no city of its own or in the atlas has none (the layout shows the home card)', () => {
    const lone = { ...atlas.article.get('undated-55556666')!, cities: [] };
    const withLone = { ...atlas, article: new Map([...atlas.article, [lone.id, lone]]) };
    expect(shareCardUrl(withLone, 'articles', lone.id, '/')).toBeUndefined();
    expect(shareCardUrl(atlas, 'articles', 'no-such-article', '/')).toBeUndefined();
    expect(shareCardUrl(atlas, 'clusters', 'no-such-cluster', '/')).toBeUndefined();
    expect(shareCardUrl(atlas, 'parks', 'no-such-park', '/')).toBeUndefined();
  });
});
