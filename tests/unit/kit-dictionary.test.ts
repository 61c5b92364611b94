import { describe, expect, test } from 'vitest';
import { dictionary, inLocale, licenceTerms } from '../../src/lib/kit/dictionary.ts';
import { csvColumns, fieldColumns, FIELDS } from '../../src/lib/kit/fields.ts';
import { DATA_LICENCE } from '../../src/lib/kit/licence.ts';
import { TABLES } from '../../src/lib/kit/urls.ts';

describe('the data dictionary', () => {
  test.each(['zh-hans', 'zh-hant', 'en'] as const)('documents every table and field with a meaning in %s', (locale) => {
    const tables = dictionary(locale);
    expect(tables.map((t) => t.table)).toEqual([...TABLES]);
    for (const table of tables) {
      expect(table.rows.map((r) => r.name)).toEqual(FIELDS[table.table].map((f) => f.name));
      for (const row of table.rows) expect(row.meaning.length, `${table.table}.${row.name}`).toBeGreaterThan(3);
    }
  });

  test('lists each field’s CSV columns, which together are exactly the CSV header', () => {
    for (const table of dictionary('en')) {
      expect(table.rows.flatMap((r) => r.columns)).toEqual(csvColumns(table.table));
      expect(table.file).toBe(`${table.table}.csv`);
    }
  });

  test('field names are unique within a table and ASCII', () => {
    for (const table of TABLES) {
      const names = FIELDS[table].map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name).toMatch(/^[a-zA-Z0-9]+$/);
    }
  });

  test('a field in three scripts has a column per script', () => {
    expect(fieldColumns({ name: 'title', type: 'triple' })).toEqual(['title_hans', 'title_hant', 'title_en']);
    expect(fieldColumns({ name: 'value', type: 'number' })).toEqual(['value']);
  });

  test('Traditional Chinese is converted from the Simplified text', () => {
    expect(inLocale({ hans: '发布日期', en: 'date' }, 'zh-hant')).toBe('發佈日期');
    expect(inLocale({ hans: '发布日期', en: 'date' }, 'en')).toBe('date');
  });

  test('the licence is stated in every locale and names its terms and attributions', () => {
    expect(DATA_LICENCE.url).toMatch(/^https:\/\/creativecommons\.org\//);
    expect(licenceTerms('en').join(' ')).toMatch(/GeoNames/);
    expect(licenceTerms('zh-hant')).toHaveLength(DATA_LICENCE.terms.length);
  });
});
