import { describe, expect, test } from 'vitest';
import { hasHan, isSearchable, MAX_QUERY_LENGTH, normalizeQuery } from '../../src/lib/search/query.ts';

describe('normalizeQuery', () => {
  test('collapses whitespace, including ideographic spaces, and trims', () => {
    expect(normalizeQuery('  集成电路 \u3000\n 产业  ')).toBe('集成电路 产业');
  });

  test('folds full-width Latin letters and digits to ASCII', () => {
    expect(normalizeQuery('ＢＯＥ　５Ｇ')).toBe('BOE 5G');
  });

  test('drops zero-width and control characters that would split a word', () => {
    expect(normalizeQuery('集成\u200b电路\u0007')).toBe('集成 电路');
  });

  test('cuts a very long query to the maximum length without splitting a surrogate pair', () => {
    const long = '𠀀'.repeat(MAX_QUERY_LENGTH + 500);
    const cut = normalizeQuery(long);
    expect([...cut]).toHaveLength(MAX_QUERY_LENGTH);
    expect(cut).toBe('𠀀'.repeat(MAX_QUERY_LENGTH));
  });

  test('leaves markup as plain characters for the caller to treat as text', () => {
    expect(normalizeQuery('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});

describe('isSearchable', () => {
  test.each(['。，！', '!!! ???', '——', '', ' '])('finds nothing to search in %j', (q) => {
    expect(isSearchable(normalizeQuery(q))).toBe(false);
  });

  test.each(['5G', '集成电路', 'Qingdao', '<b>BOE</b>'])('accepts %j, which holds a letter or digit', (q) => {
    expect(isSearchable(q)).toBe(true);
  });
});

describe('hasHan', () => {
  test('tells Chinese queries from Latin ones', () => {
    expect(hasHan('BOE 京东方')).toBe(true);
    expect(hasHan('Qingdao')).toBe(false);
  });
});
