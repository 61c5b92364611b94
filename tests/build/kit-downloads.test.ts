import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3';
import type { AtlasDocument } from '../../src/lib/kit/documents.ts';
import { entityDownloads } from '../../src/lib/kit/entity-downloads.ts';
import { describe, expect, inject, test } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { csvColumns } from '../../src/lib/kit/fields.ts';
import type { Tables } from '../../src/lib/kit/records.ts';
import { TABLES } from '../../src/lib/kit/urls.ts';

const { dist } = inject('fixture');
const SITE = 'https://atlas.example.org';
const BASE = '/atlas/';

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const atlas = JSON.parse(read('data/atlas.json')) as Tables & { atlas: { licence: { id: string } } };

/** The page file a site URL names. */
function pageFile(url: string): string {
  const { pathname } = new URL(url);
  expect(pathname.startsWith(BASE), url).toBe(true);
  return `${pathname.slice(BASE.length)}index.html`;
}

describe('data/atlas.json', () => {
  test('holds every table, each with records, and its licence', () => {
    expect(Object.keys(atlas)).toEqual(['atlas', ...TABLES]);
    for (const table of ['cities', 'industries', 'clusters', 'articles', 'figures'] as const) {
      expect(atlas[table].length, table).toBeGreaterThan(0);
    }
    expect(atlas.atlas.licence.id).toBe('CC-BY-4.0');
  });

  test('each figure has its article, paragraph, text, kind, value, unit and entity', () => {
    const articles = new Set(atlas.articles.map((a) => a.id));
    for (const f of atlas.figures) {
      expect(articles.has(f.article), f.id).toBe(true);
      expect(Number.isInteger(f.paragraph) && f.paragraph > 0).toBe(true);
      expect(typeof f.text === 'string' && f.text.length > 0).toBe(true);
      expect(typeof f.kind).toBe('string');
      expect(Number.isFinite(f.value)).toBe(true);
      expect(typeof f.unit).toBe('string');
      expect(f.entity === null || typeof f.entity === 'string').toBe(true);
      expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  test('every figure’s linked paragraph on the built article page contains the figure’s text', () => {
    expect(atlas.figures.length).toBeGreaterThan(0);
    for (const f of atlas.figures) {
      expect(f.url, f.id).toMatch(new RegExp(`^${SITE}${BASE}(zh-hant/)?articles/${f.article}/#p-${f.paragraph}$`));
      const paragraph = readPage(dist, pageFile(f.url)).querySelector(`#p-${f.paragraph}`);
      expect(paragraph, `${f.url} has no #p-${f.paragraph}`).not.toBeNull();
      expect(paragraph!.text, `${f.id} in ${f.url}`).toContain(f.text);
    }
  });

  test('every entity’s page URLs exist in all three locales', () => {
    for (const table of ['cities', 'parks', 'industries', 'clusters', 'articles'] as const) {
      for (const record of atlas[table]) {
        for (const url of Object.values(record.url)) readPage(dist, pageFile(url));
      }
    }
  });
});

describe('data/atlas.geojson', () => {
  const geo = JSON.parse(read('data/atlas.geojson')) as {
    type: string;
    features: {
      type: string;
      geometry: { type: string; coordinates: number[] };
      properties: Record<string, unknown>;
    }[];
  };

  test('has every city and park as a Point with its names, precision and page', () => {
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(atlas.cities.length + atlas.parks.length);
    for (const f of geo.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lng, lat] = f.geometry.coordinates as [number, number];
      expect(lng).toBeGreaterThanOrEqual(-180);
      expect(lng).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
      for (const key of ['id', 'name_hans', 'name_hant', 'name_en', 'precision', 'url_hans']) {
        expect(typeof f.properties[key], key).toBe('string');
      }
    }
  });

  test('puts each city where the JSON does, longitude first', () => {
    for (const city of atlas.cities) {
      const f = geo.features.find((x) => x.properties.kind === 'city' && x.properties.id === city.id)!;
      expect(f.geometry.coordinates).toEqual([city.lng, city.lat]);
    }
  });
});

const bytes = (path: string) => readFileSync(join(dist, path));
/** A CSV file's rows as a spreadsheet reads them. */
const rows = (path: string) =>
  csvParseRows(
    read(path)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n$/, ''),
  );

describe('the CSV files', () => {
  test.each(TABLES)('%s.csv is UTF-8 with a BOM, CRLF lines, the documented header and one row per record', (table) => {
    const file = `data/${table}.csv`;
    expect([...bytes(file).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(read(file).replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [header, ...body] = rows(file);
    expect(header).toEqual(csvColumns(table));
    expect(body).toHaveLength(atlas[table].length);
    for (const row of body) expect(row).toHaveLength(header!.length);
  });

  test('figures.csv has article and paragraph columns that agree with the JSON', () => {
    const [header, ...body] = rows('data/figures.csv');
    const col = (name: string) => header!.indexOf(name);
    expect(col('article')).toBeGreaterThanOrEqual(0);
    expect(col('paragraph')).toBeGreaterThanOrEqual(0);
    body.forEach((row, i) => {
      const f = atlas.figures[i]!;
      expect(row[col('article')]).toBe(f.article);
      expect(Number(row[col('paragraph')])).toBe(f.paragraph);
      expect(Number(row[col('value')])).toBe(f.value);
    });
  });
});

describe('per-entity downloads', () => {
  const kinds = ['cities', 'parks', 'industries', 'clusters', 'articles'] as const;

  test('every entity and article has its own JSON, holding its record and its figures', () => {
    for (const kind of kinds) {
      for (const record of atlas[kind]) {
        const doc = JSON.parse(read(`data/${kind}/${record.id}.json`)) as {
          entity: { id: string };
          figures: { id: string }[];
        };
        expect(doc.entity.id).toBe(record.id);
        if ('figures' in record) expect(doc.figures.map((f) => f.id)).toEqual(record.figures);
      }
    }
  });

  test('are the documents the whole-atlas download gives, byte for byte (the build makes them from the content)', () => {
    const whole = JSON.parse(read('data/atlas.json')) as AtlasDocument;
    let count = 0;
    for (const file of entityDownloads(whole)) {
      expect(read(file.path), file.path).toBe(file.contents);
      count++;
    }
    expect(count).toBeGreaterThan(0);
  });

  test('every entity and article has its own CSV of figures with provenance', () => {
    for (const kind of kinds) {
      for (const record of atlas[kind]) {
        const [header, ...body] = rows(`data/${kind}/${record.id}.csv`);
        expect(header).toEqual(csvColumns('figures'));
        if ('figures' in record) expect(body).toHaveLength(record.figures.length);
      }
    }
  });
});
