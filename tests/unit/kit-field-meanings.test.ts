import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { messages } from '../../src/i18n/messages.ts';
import { dictionary, fieldMeaning } from '../../src/lib/kit/dictionary.ts';
import { FIELDS } from '../../src/lib/kit/fields.ts';
import { TABLES } from '../../src/lib/kit/urls.ts';

describe('field meanings in the locale files', () => {
  test.each(LOCALES)('every field of every table has a meaning in %s', (locale) => {
    for (const table of TABLES) {
      for (const field of FIELDS[table]) {
        expect(fieldMeaning(table, field.name, locale), `${table}.${field.name}`).not.toBe(field.name);
      }
    }
  });

  test('the locale files describe no field the tables do not have', () => {
    const { common, ...tables } = messages('zh-hans').fields;
    const names = (table: (typeof TABLES)[number]) => FIELDS[table].map((f) => f.name);
    for (const [table, own] of Object.entries(tables)) {
      for (const name of Object.keys(own)) expect(names(table as (typeof TABLES)[number]), table).toContain(name);
    }
    const everywhere = new Set(TABLES.flatMap(names));
    for (const name of Object.keys(common)) expect(everywhere.has(name), name).toBe(true);
  });

  test('a table’s own description wins over the shared one', () => {
    expect(fieldMeaning('companies', 'articles', 'en')).toBe('Ids of the articles that name it');
    expect(fieldMeaning('cities', 'articles', 'en')).toBe(messages('en').fields.common.articles);
  });

  test('the printed dictionary is in the reader’s script', () => {
    const row = (locale: (typeof LOCALES)[number]) => dictionary(locale)[0]?.rows.find((r) => r.name === 'url');
    expect(row('zh-hans')?.meaning).toContain('页面');
    expect(row('zh-hant')?.meaning).toContain('頁面');
    expect(row('en')?.meaning).toMatch(/^Absolute URL/);
    expect(row('zh-hant')?.type).toBe('三種文字');
  });
});
