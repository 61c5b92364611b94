import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { formatDate, SEARCH_STRINGS } from '../../src/lib/search/strings.ts';

describe('search strings', () => {
  test('every locale has every string', () => {
    const keys = Object.keys(SEARCH_STRINGS['zh-hans']).sort();
    for (const locale of LOCALES) {
      const own = Object.keys(SEARCH_STRINGS[locale]).filter((k) => k !== 'chineseText');
      expect(own.sort()).toEqual(keys);
    }
  });

  test("each locale's messages quote the reader's query", () => {
    for (const locale of LOCALES) expect(SEARCH_STRINGS[locale].noResults('积体电路')).toContain('积体电路');
  });

  test('English counts agree in number', () => {
    expect(SEARCH_STRINGS.en.count(1)).toBe('1 result');
    expect(SEARCH_STRINGS.en.count(3)).toBe('3 results');
  });
});

describe('formatDate', () => {
  test('writes dates the way each locale does', () => {
    expect(formatDate('zh-hans', '2024-01-22')).toBe('2024年1月22日');
    expect(formatDate('zh-hant', '2020-05-02')).toBe('2020年5月2日');
    expect(formatDate('en', '2021-11-02')).toBe('2 November 2021');
  });

  test('shows anything that is not an ISO date as it is', () => {
    expect(formatDate('en', '2021')).toBe('2021');
  });
});
