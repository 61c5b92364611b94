import { describe, expect, test } from 'vitest';
import { buildTables, figureId, pageUrls } from '../../src/lib/kit/dataset.ts';
import { FIELDS } from '../../src/lib/kit/fields.ts';
import { TABLES } from '../../src/lib/kit/urls.ts';
import { ADDRESS, KIT_ARTICLES, kitAtlas } from './kit-fixture.ts';

const tables = buildTables(kitAtlas(), ADDRESS);

describe('every field of the download is documented, and only those', () => {
  test.each(TABLES)('the keys of each %s record are exactly the documented fields, in order', (table) => {
    expect(tables[table].length).toBeGreaterThan(0);
    for (const record of tables[table]) expect(Object.keys(record)).toEqual(FIELDS[table].map((f) => f.name));
  });
});

describe('figures keep their provenance', () => {
  test('every figure of every article becomes one row, in article order then reading order', () => {
    const expected = kitAtlas().articles.flatMap((a) => a.figures.map((_, i) => figureId(a.id, i)));
    expect(tables.figures.map((f) => f.id)).toEqual(expected);
  });

  test('a figure names its article, paragraph, phrase, publisher, date and the seed checksum', () => {
    const figure = tables.figures.find((f) => f.id === '2022-03-04-11112222-f1')!;
    expect(figure).toMatchObject({
      article: '2022-03-04-11112222',
      index: 1,
      paragraph: 3,
      kind: 'count',
      value: 35,
      unit: 'projects',
      qualifier: 'approx',
      text: '签约项目35个',
      entity: null,
      source: '样例日报',
      date: '2022-03-04',
      sha256: 'c'.repeat(64),
    });
  });

  test('a figure links to its paragraph on the page in the script its phrase is written in', () => {
    const simplified = tables.figures.find((f) => f.id === '2022-03-04-11112222-f0')!;
    const traditional = tables.figures.find((f) => f.id === '2023-09-10-33334444-f0')!;
    expect(simplified.url).toBe('https://atlas.example.org/atlas/articles/2022-03-04-11112222/#p-2');
    expect(traditional.url).toBe('https://atlas.example.org/atlas/zh-hant/articles/2023-09-10-33334444/#p-4');
    expect(traditional.sourceUnit).toBe('亿元');
  });

  test('an entity lists only figures that exist, dropping references to missing articles or indexes', () => {
    const dezhou = tables.cities.find((c) => c.id === 'dezhou')!;
    expect(dezhou.figures).toEqual(['2022-03-04-11112222-f0']);
    const ids = new Set(tables.figures.map((f) => f.id));
    for (const table of ['cities', 'parks', 'clusters', 'articles'] as const) {
      for (const record of tables[table]) for (const id of record.figures) expect(ids.has(id), id).toBe(true);
    }
  });
});

describe('records carry names, places and addresses', () => {
  test('cities keep both coordinates, their province (or null) and their page in each locale', () => {
    const tianjin = tables.cities.find((c) => c.id === 'tianjin')!;
    expect([tianjin.lat, tianjin.lng]).toEqual([39.1422, 117.1767]);
    expect(tianjin.province).toBeNull();
    expect(tianjin.url).toEqual({
      hans: 'https://atlas.example.org/atlas/cities/tianjin/',
      hant: 'https://atlas.example.org/atlas/zh-hant/cities/tianjin/',
      en: 'https://atlas.example.org/atlas/en/cities/tianjin/',
    });
  });

  test('a cluster is named from its city and industry in every script', () => {
    const cluster = tables.clusters[0]!;
    expect(cluster.name.hans).toContain('德州市');
    expect(cluster.name.hans).toContain('数字经济');
    expect(cluster.name.hant).toContain('數字經濟');
    expect(cluster.name.en).toContain('Dezhou');
  });

  test('companies named by articles are listed with their names, or their id when the gazetteer has none', () => {
    expect(tables.companies).toEqual([
      {
        id: 'inspur',
        name: { hans: '浪潮集团', hant: '浪潮集團', en: 'Inspur Group' },
        articles: ['2022-03-04-11112222'],
      },
    ]);
  });

  test('articles are newest first with undated ones last, and an unknown English title is null', () => {
    expect(tables.articles.map((a) => a.id)).toEqual([
      '2023-09-10-33334444',
      '2022-03-04-11112222',
      'undated-55556666',
    ]);
    expect(tables.articles[0]!.title.en).toBeNull();
    expect(tables.articles[0]!.script).toBe('hant');
  });

  test('the tables copy the atlas rather than share its arrays', () => {
    const copy = buildTables(kitAtlas(), ADDRESS);
    copy.articles[1]!.authors.push('someone');
    expect(KIT_ARTICLES[0]!.authors).toEqual(['记者乙', '编辑丙']);
  });

  test('the site root and base shape every address', () => {
    expect(pageUrls('', { site: 'https://example.com', base: '/' })).toEqual({
      hans: 'https://example.com/',
      hant: 'https://example.com/zh-hant/',
      en: 'https://example.com/en/',
    });
  });
});
