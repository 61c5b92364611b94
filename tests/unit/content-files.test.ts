import { describe, expect, test } from 'vitest';
import type { EntityTables } from '../../scripts/lib/aggregate/types.ts';
import { ENTITY_SECTIONS, entityFiles, renderDataFile } from '../../scripts/lib/content-files.ts';
import { citySchema, clusterSchema, industrySchema, parkSchema } from '../../src/schemas/entities.ts';

const tables: EntityTables = {
  cities: [
    {
      id: 'qingdao',
      name: { hans: '青岛市', hant: '青島市', en: 'Qingdao' },
      province: { hans: '山东省', hant: '山東省', en: 'Shandong' },
      adcode: '370200',
      coords: [36.06488, 120.38042],
      precision: 'city',
      coordSource: 'geonames:1797929',
      articles: ['2021-03-04-0a1b2c3d'],
      parks: ['qingdao-ic-park'],
      industries: ['integrated-circuits'],
      clusters: ['qingdao-integrated-circuits'],
      companies: [],
      districts: ['huangdao'],
      zones: [],
      figures: [{ article: '2021-03-04-0a1b2c3d', index: 0 }],
    },
    {
      id: 'dezhou',
      name: { hans: '德州市', hant: '德州市', en: 'Dezhou' },
      province: null,
      adcode: '371400',
      coords: [37.4355, 116.3575],
      precision: 'province',
      coordSource: 'parent:370000',
      articles: [],
      parks: [],
      industries: [],
      clusters: [],
      companies: [],
      districts: [],
      zones: [],
      figures: [],
    },
  ],
  parks: [
    {
      id: 'qingdao-ic-park',
      // Values YAML 1.1 would read as a boolean or a date stay strings.
      name: { hans: '青岛集成电路产业园', hant: '青島積體電路產業園', en: 'No' },
      city: 'qingdao',
      district: 'huangdao',
      zone: null,
      industries: ['integrated-circuits'],
      companies: [],
      coords: [35.96, 120.19],
      precision: 'park',
      curated: false,
      source: '2021-03-04',
      articles: ['2021-03-04-0a1b2c3d'],
      figures: [],
    },
  ],
  industries: [
    {
      id: 'integrated-circuits',
      name: { hans: '集成电路', hant: '積體電路', en: 'Integrated circuits' },
      aliases: { hans: ['芯片'], hant: ['晶片'], en: ['chips'] },
      parent: null,
      cities: ['qingdao'],
      clusters: ['qingdao-integrated-circuits'],
      articles: ['2021-03-04-0a1b2c3d'],
    },
  ],
  clusters: [
    {
      id: 'qingdao-integrated-circuits',
      city: 'qingdao',
      industry: 'integrated-circuits',
      parks: ['qingdao-ic-park'],
      companies: [],
      articles: ['2021-03-04-0a1b2c3d'],
      figures: [{ article: '2021-03-04-0a1b2c3d', index: 0 }],
    },
  ],
};

const schemas = { cities: citySchema, parks: parkSchema, industries: industrySchema, clusters: clusterSchema };

describe('entityFiles', () => {
  test('writes one <section>/<id>.json file per record, in the records’ order', () => {
    for (const section of ENTITY_SECTIONS) {
      expect(entityFiles(tables, section).map((f) => f.path)).toEqual(
        tables[section].map((r) => `${section}/${r.id}.json`),
      );
    }
  });

  test('every file parses back to its record, which the site’s schema accepts', () => {
    for (const section of ENTITY_SECTIONS) {
      entityFiles(tables, section).forEach((file, i) => {
        const data: unknown = JSON.parse(file.contents);
        expect(data).toEqual(tables[section][i]);
        expect(schemas[section].safeParse(data).error).toBeUndefined();
      });
    }
  });

  test('strings that YAML 1.1 would read as a boolean or a date come back as strings', () => {
    const [park] = entityFiles(tables, 'parks');
    const data = JSON.parse(park!.contents) as { name: { en: unknown }; source: unknown };
    expect(data.name.en).toBe('No');
    expect(data.source).toBe('2021-03-04');
  });
});

describe('renderDataFile', () => {
  test('indents by two spaces, keeps the keys in the record’s order and ends with a newline', () => {
    const city = tables.cities[0]!;
    const text = renderDataFile(city);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "id": "qingdao",');
    expect(text).toContain('\n    "hans": "青岛市",\n');
    const keys = [...text.matchAll(/^ {2}"(\w+)":/gm)].map((m) => m[1]);
    expect(keys).toEqual(Object.keys(city));
  });

  test('writes Chinese names as characters, not escape sequences, so diffs stay readable', () => {
    expect(renderDataFile({ name: '積體電路' })).toBe('{\n  "name": "積體電路"\n}\n');
  });
});
