import { describe, expect, test } from 'vitest';
import { articleItems } from '../../src/lib/article-items.ts';
import { atlasIndex, inArticleOrder } from '../../src/lib/atlas-index.ts';
import type { Atlas } from '../../src/lib/atlas-types.ts';
import { entityFeed } from '../../src/lib/kit/feeds.ts';
import { articleView } from '../../src/lib/views/article.ts';
import { cityView } from '../../src/lib/views/city.ts';
import { clusterView } from '../../src/lib/views/cluster.ts';
import { industryView } from '../../src/lib/views/industry.ts';
import { parkView } from '../../src/lib/views/park.ts';
import { ADDRESS, kitAtlas } from './kit-fixture.ts';

/** The atlas with its lists wrapped to count how many rows pages read from them. */
function countingAtlas(atlas: Atlas): { atlas: Atlas; reads: () => number } {
  let reads = 0;
  const wrap = <T extends object>(rows: readonly T[]): readonly T[] =>
    new Proxy(rows, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  const counted: Atlas = {
    ...atlas,
    articles: wrap(atlas.articles),
    cities: wrap(atlas.cities),
    parks: wrap(atlas.parks),
    industries: wrap(atlas.industries),
    clusters: wrap(atlas.clusters),
  };
  return { atlas: counted, reads: () => reads };
}

describe('the reverse lookups of the atlas', () => {
  const atlas = kitAtlas();

  test('give the clusters each article is evidence for', () => {
    const index = atlasIndex(atlas);
    for (const article of atlas.articles) {
      const expected = atlas.clusters.filter((c) => c.articles.includes(article.id)).map((c) => c.id);
      expect(index.clustersByArticle.get(article.id) ?? []).toEqual(expected);
    }
    expect(index.clustersByArticle.get('2022-03-04-11112222')).toEqual(['dezhou-digital-economy']);
  });

  test('give the parks of each industry', () => {
    const index = atlasIndex(atlas);
    expect(index.parksByIndustry.get('digital-economy')).toEqual(['dezhou-digital-park']);
    expect(index.parksByIndustry.get('new-materials')).toBeUndefined();
  });

  test('put ids in the atlas’s article order, newest first, unknown ones and repeats dropped', () => {
    expect(inArticleOrder(atlas, ['undated-55556666', 'gone', '2022-03-04-11112222', '2023-09-10-33334444'])).toEqual([
      '2023-09-10-33334444',
      '2022-03-04-11112222',
      'undated-55556666',
    ]);
    expect(inArticleOrder(atlas, ['2022-03-04-11112222', '2022-03-04-11112222'])).toEqual(['2022-03-04-11112222']);
  });

  test('are built once per atlas', () => {
    expect(atlasIndex(atlas)).toBe(atlasIndex(atlas));
    expect(atlasIndex(kitAtlas())).not.toBe(atlasIndex(atlas));
  });
});

describe('every page of the atlas, together', () => {
  test('reads the whole corpus a bounded number of times, not once per page', () => {
    const { atlas, reads } = countingAtlas(kitAtlas());
    const locales = ['zh-hans', 'zh-hant', 'en'] as const;
    const everyPage = () => {
      for (const locale of locales) {
        for (const a of atlas.article.values()) articleView(atlas, a.id, locale);
        for (const c of atlas.city.values()) cityView(atlas, c.id, locale);
        for (const p of atlas.park.values()) {
          parkView(atlas, p.id, locale);
          entityFeed(atlas, 'parks', p.id, locale, ADDRESS);
        }
        for (const i of atlas.industry.values()) industryView(atlas, i.id, locale);
        for (const c of atlas.cluster.values()) clusterView(atlas, c.id, locale);
        articleItems(atlas, ['2022-03-04-11112222'], locale);
      }
    };
    everyPage();
    const first = reads();
    // The first pass builds the index: one read of each list.
    const rows = atlas.articles.length + atlas.parks.length + atlas.clusters.length;
    expect(first).toBeLessThanOrEqual(rows);
    everyPage();
    expect(reads()).toBe(first);
  });
});
