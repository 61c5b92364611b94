import { describe, expect, test } from 'vitest';
import type { PageKind } from '../../src/lib/atlas-types.ts';
import { isIndexedKind, searchMeta } from '../../src/lib/search/page-meta.ts';
import { ENTRY_TYPES } from '../../src/lib/search/state.ts';
import { fixtureAtlas } from './site-fixture.ts';

const atlas = fixtureAtlas();
const LOCALES = ['zh-hans', 'zh-hant', 'en'] as const;

describe('which pages are indexed', () => {
  test('cluster pages are not: no search metadata, so their layout does not mark them for search', () => {
    expect(isIndexedKind('clusters')).toBe(false);
    for (const locale of LOCALES) {
      expect(atlas.cluster.get('qingdao-integrated-circuits')).toBeDefined();
      expect(searchMeta(atlas, 'clusters', 'qingdao-integrated-circuits', locale)).toBeUndefined();
    }
  });

  test.each([
    ['articles', '2023-05-01-aaaa1111', 'article'],
    ['cities', 'qingdao', 'city'],
    ['parks', 'qingdao-chip-park', 'park'],
    ['industries', 'integrated-circuits', 'industry'],
  ] as const)('%s pages are, filed under a type the search page offers', (kind: PageKind, id, type) => {
    expect(isIndexedKind(kind)).toBe(true);
    for (const locale of LOCALES) expect(searchMeta(atlas, kind, id, locale)?.type).toBe(type);
  });

  test('the type filter offers exactly the types pages are filed under, so no choice can find nothing', () => {
    const pages: [PageKind, string][] = [
      ['articles', '2023-05-01-aaaa1111'],
      ['cities', 'qingdao'],
      ['parks', 'qingdao-chip-park'],
      ['industries', 'integrated-circuits'],
      ['clusters', 'qingdao-integrated-circuits'],
    ];
    const filed = pages.flatMap(([kind, id]) => searchMeta(atlas, kind, id, 'en')?.type ?? []);
    expect([...filed].sort()).toEqual([...ENTRY_TYPES].sort());
  });

  test('an entity the atlas does not have gets no metadata', () => {
    expect(searchMeta(atlas, 'cities', 'atlantis', 'en')).toBeUndefined();
  });
});

describe('what the city and industry pages carry, now that no cluster page stands between them', () => {
  test('the city page is filed under each of its industries, in the reader’s locale', () => {
    expect(searchMeta(atlas, 'cities', 'qingdao', 'en')?.industries).toEqual([
      'Integrated circuits',
      'New display technology',
    ]);
    expect(searchMeta(atlas, 'cities', 'qingdao', 'zh-hant')?.industries).toContain('積體電路');
  });

  test('the industry page is findable by its aliases, Traditional ones with converted mainland ones', () => {
    expect(searchMeta(atlas, 'industries', 'integrated-circuits', 'zh-hant')?.keywords.sort()).toEqual(
      ['晶片', '芯片'].sort(),
    );
  });
});
