import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { fill, messages, plural } from '../../src/i18n/messages.ts';
import { formatDate, parseSearchStrings } from '../../src/lib/search/strings.ts';

describe('search strings', () => {
  test('every locale has every search string, the English-only hint included', () => {
    const keys = Object.keys(messages('zh-hans').search).sort();
    for (const locale of LOCALES) expect(Object.keys(messages(locale).search).sort()).toEqual(keys);
  });

  test("each locale's messages quote the reader's query", () => {
    for (const locale of LOCALES) {
      expect(fill(messages(locale).search.noResults, { query: '积体电路' })).toContain('积体电路');
    }
  });

  test('English counts agree in number', () => {
    expect(plural(messages('en').search.count, 1, 'en')).toBe('1 result');
    expect(plural(messages('en').search.count, 3, 'en')).toBe('3 results');
    expect(plural(messages('zh-hant').search.count, 3, 'zh-hant')).toBe('共 3 個結果');
  });
});

describe('the strings a search page hands its script', () => {
  test('come back whole from the data-strings attribute', () => {
    for (const locale of LOCALES) {
      const strings = messages(locale).search;
      expect(parseSearchStrings(JSON.stringify(strings))).toEqual(strings);
    }
  });

  test('are refused when missing, not JSON, or not search strings', () => {
    expect(parseSearchStrings(undefined)).toBeUndefined();
    expect(parseSearchStrings('')).toBeUndefined();
    expect(parseSearchStrings('{"prompt":')).toBeUndefined();
    expect(parseSearchStrings('"搜索"')).toBeUndefined();
    expect(parseSearchStrings(JSON.stringify({ prompt: 'x' }))).toBeUndefined();
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
    expect(formatDate('en', '2021-13-45')).toBe('2021-13-45');
  });
});
