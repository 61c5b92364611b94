import { describe, expect, test } from 'vitest';
import { groupByArticle } from '../../src/lib/figure-groups.ts';
import { referencedFigureRows } from '../../src/lib/figure-rows.ts';
import { cityMap, colouredIndustries, homeMap, parksMap } from '../../src/lib/map-view.ts';
import { OTHER_COLOR } from '../../src/lib/charts/palette.ts';
import { articleView } from '../../src/lib/views/article.ts';
import { fixtureAtlas } from './site-fixture.ts';

const atlas = fixtureAtlas();

describe('figures grouped by source article', () => {
  test('name each article once, in order of its first figure, keeping every figure', () => {
    const rows = referencedFigureRows(
      atlas,
      [
        { article: '2024-02-02-bbbb2222', index: 0 },
        { article: '2023-05-01-aaaa1111', index: 1 },
        { article: '2024-02-02-bbbb2222', index: 0 },
        { article: '2023-05-01-aaaa1111', index: 0 },
      ],
      'en',
    );
    const groups = groupByArticle(rows);
    expect(groups.map((g) => g.articleId)).toEqual(['2024-02-02-bbbb2222', '2023-05-01-aaaa1111']);
    expect(groups.map((g) => g.rows.map((r) => r.paragraph))).toEqual([
      [2, 2],
      [4, 3],
    ]);
    expect(groups[1]!.source).toBe('示例日报');
  });

  test('a figure quoted from a Traditional article is marked zh-Hant', () => {
    const [row] = referencedFigureRows(atlas, [{ article: '2024-02-02-bbbb2222', index: 0 }], 'zh-hans');
    expect(row).toMatchObject({ phraseLang: 'zh-Hant', phrase: '投資300億元' });
  });
});

describe('maps of pages', () => {
  test('the home map places every city on a map of China, linked in the locale', () => {
    const map = homeMap(atlas, 'en');
    expect(map.fit).toBe('china');
    expect(map.markers.map((m) => [m.id, m.label, m.href])).toEqual([
      ['hsinchu', 'Hsinchu', '/en/cities/hsinchu/'],
      ['qingdao', 'Qingdao', '/en/cities/qingdao/'],
    ]);
    expect(map.label).toBe('Cities in the reports');
  });

  test('every city is coloured by its leading industry when the palette has room for them all', () => {
    const leading = colouredIndustries(atlas);
    for (const city of atlas.cities) if (city.industries[0]) expect(leading).toContain(city.industries[0]);
    const map = homeMap(atlas, 'en');
    for (const marker of map.markers) expect(marker.color).not.toBe(OTHER_COLOR);
    expect(map.legend.length).toBeGreaterThan(0);
  });

  test('a city map shows the city and its parks, a park placed on its city being approximate', () => {
    const map = cityMap(atlas, 'qingdao', 'zh-hant')!;
    expect(map.markers.map((m) => [m.kind, m.label])).toEqual([
      ['city', '青島市'],
      ['park', '青島芯片產業園'],
    ]);
    expect(map.label).toBe('青島市及其園區');
    expect(map.legend.some((item) => item.symbol === 'approximate')).toBe(true);
  });

  test('a city without parks is named alone', () => {
    expect(cityMap(atlas, 'hsinchu', 'en')!.label).toBe('Hsinchu');
  });

  test('a parks map leaves out parks the atlas does not have', () => {
    const map = parksMap(atlas, 'qingdao', ['qingdao-chip-park', 'no-such-park'], 'en', 'label');
    expect(map.markers.map((m) => m.id)).toEqual(['qingdao', 'qingdao-chip-park']);
  });

  test('there is no city map for a city the atlas does not have', () => {
    expect(cityMap(atlas, 'atlantis', 'en')).toBeUndefined();
  });
});

describe('article notes', () => {
  test('a title taken from the lead says so', () => {
    const view = articleView(
      { ...atlas, article: new Map([...atlas.article].map(([id, a]) => [id, { ...a, titleFromLead: true }])) },
      'undated-cccc3333',
      'en',
    )!;
    expect(view.titleNote).toMatch(/no headline/);
    expect(articleView(atlas, 'undated-cccc3333', 'en')!.titleNote).toBeNull();
  });
});
