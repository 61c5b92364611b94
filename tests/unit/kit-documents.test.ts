import { describe, expect, test } from 'vitest';
import { buildTables } from '../../src/lib/kit/dataset.ts';
import { atlasDocument, atlasMeta, entityDocument, jsonFile, tableIndex } from '../../src/lib/kit/documents.ts';
import { toGeoJson } from '../../src/lib/kit/geojson.ts';
import type { Tables } from '../../src/lib/kit/records.ts';
import { ADDRESS, kitAtlas } from './kit-fixture.ts';

const tables = buildTables(kitAtlas(), ADDRESS);
const meta = atlasMeta(ADDRESS);

describe('the whole-atlas file', () => {
  test('holds every table and says what it is, where it is documented and under which licence', () => {
    const doc = atlasDocument(tables, meta);
    expect(Object.keys(doc)).toEqual([
      'atlas',
      'cities',
      'parks',
      'industries',
      'clusters',
      'companies',
      'articles',
      'figures',
    ]);
    expect(doc.atlas.name.en).toBe('Industrial Cluster Atlas');
    expect(doc.atlas.documentation.en).toBe('https://atlas.example.org/atlas/en/about/');
    expect(doc.atlas.licence.id).toBe('CC-BY-4.0');
  });

  test('is the same bytes every time for the same atlas, ending in a newline', () => {
    const a = jsonFile(atlasDocument(buildTables(kitAtlas(), ADDRESS), atlasMeta(ADDRESS)));
    const b = jsonFile(atlasDocument(buildTables(kitAtlas(), ADDRESS), atlasMeta(ADDRESS)));
    expect(a).toBe(b);
    expect(a.endsWith('}\n')).toBe(true);
  });
});

describe('one entity’s file', () => {
  test('a city holds its record, its figures and its articles newest first', () => {
    const doc = entityDocument(tables, 'cities', 'dezhou', meta)!;
    expect(doc.kind).toBe('city');
    expect((doc.entity as { id: string }).id).toBe('dezhou');
    expect(doc.figures.map((f) => f.id)).toEqual(['2022-03-04-11112222-f0']);
    expect(doc.articles?.map((a) => a.id)).toEqual(['2023-09-10-33334444', '2022-03-04-11112222']);
  });

  test('an industry gathers the figures of its clusters, once each, with the clusters themselves', () => {
    const doc = entityDocument(tables, 'industries', 'digital-economy', meta)!;
    expect(doc.kind).toBe('industry');
    expect(doc.clusters?.map((c) => c.id)).toEqual(['dezhou-digital-economy']);
    expect(doc.figures.map((f) => f.id)).toEqual(['2022-03-04-11112222-f1', '2022-03-04-11112222-f0']);
  });

  test('an article holds its figures in reading order and no article list', () => {
    const doc = entityDocument(tables, 'articles', '2022-03-04-11112222', meta)!;
    expect(doc.figures.map((f) => f.paragraph)).toEqual([2, 3, 5]);
    expect(doc.articles).toBeUndefined();
  });

  test('an unknown id has no file', () => {
    expect(entityDocument(tables, 'parks', 'nowhere', meta)).toBeUndefined();
    expect(entityDocument(tables, 'industries', 'nothing', meta)).toBeUndefined();
  });
});

/** The tables with every array wrapped to count how many rows are read from it. */
function countingTables(source: Tables): { tables: Tables; reads: () => number } {
  let reads = 0;
  const wrap = <T extends object>(rows: T[]): T[] =>
    new Proxy(rows, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  const tables = Object.fromEntries(
    Object.entries(source).map(([k, rows]) => [k, wrap(rows as object[])]),
  ) as unknown as Tables;
  return { tables, reads: () => reads };
}

describe('the per-entity files, all of them', () => {
  test('read each table once per build, however many entity files are made', () => {
    const { tables: counted, reads } = countingTables(buildTables(kitAtlas(), ADDRESS));
    const rows = Object.values(counted).reduce((sum, t) => sum + (t as unknown[]).length, 0);
    const kinds = ['cities', 'parks', 'industries', 'clusters', 'articles'] as const;
    const everyFile = () =>
      kinds.flatMap((kind) => counted[kind].map((e) => entityDocument(counted, kind, e.id, meta)));
    everyFile();
    const first = reads();
    everyFile();
    everyFile();
    // The row reads of the first pass: the entity lists above plus the index, a bounded multiple of the rows.
    expect(first).toBeLessThanOrEqual(3 * rows);
    // Later passes read the entity lists only: the index is not rebuilt.
    const listed = kinds.reduce((sum, kind) => sum + counted[kind].length, 0);
    expect(reads() - first).toBe(2 * listed);
  });

  test('share one index per set of tables', () => {
    expect(tableIndex(tables)).toBe(tableIndex(tables));
    expect(tableIndex(buildTables(kitAtlas(), ADDRESS))).not.toBe(tableIndex(tables));
  });
});

describe('the GeoJSON of places', () => {
  const geo = toGeoJson(tables);

  test('has every city and every park as a Point in longitude-latitude order', () => {
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(tables.cities.length + tables.parks.length);
    const dezhou = geo.features.find((f) => f.id === 'city/dezhou')!;
    expect(dezhou.geometry).toEqual({ type: 'Point', coordinates: [116.3575, 37.4355] });
  });

  test('gives each place its id, names, precision, city and page, with unique feature ids', () => {
    const park = geo.features.find((f) => f.properties.kind === 'park')!;
    expect(park.properties).toMatchObject({
      id: 'dezhou-digital-park',
      name_hans: '德州数字经济产业园',
      name_en: 'Dezhou Digital Economy Park',
      precision: 'park',
      city: 'dezhou',
      url_en: 'https://atlas.example.org/atlas/en/parks/dezhou-digital-park/',
    });
    expect(new Set(geo.features.map((f) => f.id)).size).toBe(geo.features.length);
  });
});
