import { describe, expect, test } from 'vitest';
import {
  expandQuery,
  MAX_VARIANTS,
  mayConvert,
  needsPhrases,
  type FoldingTable,
} from '../../src/lib/search/folding.ts';
import { characterBitmap } from '../../src/lib/search/opencc-tables.ts';

const table = (terms: FoldingTable['terms'], convertible = ['體', '積', '電']): FoldingTable => ({
  script: 'hans',
  convertible: characterBitmap(convertible),
  terms,
});

describe('mayConvert', () => {
  const t = table({});

  test('is true when a character of the query is in the convertible set', () => {
    expect(mayConvert('積體電路', t)).toBe(true);
    expect(mayConvert('集成電', t)).toBe(true);
  });

  test('is false when no character is, so the converter never loads', () => {
    expect(mayConvert('集成路', t)).toBe(false);
    expect(mayConvert('Qingdao 5G', t)).toBe(false);
  });

  test('treats Chinese characters beyond the bitmap as convertible, other characters not', () => {
    expect(mayConvert('𠀀', t)).toBe(true);
    expect(mayConvert('😀', t)).toBe(false);
  });
});

describe('expandQuery', () => {
  const terms = { 积体电路: ['集成电路'], 晶片: ['芯片', '集成电路'], ic: ['integrated circuits'] };

  test("searches a regional term as the locale's words for it, not as typed", () => {
    expect(expandQuery('积体电路', table(terms))).toEqual(['集成电路']);
    expect(expandQuery('晶片', table(terms))).toEqual(['芯片', '集成电路']);
  });

  test('replaces the term inside a longer query, keeping the rest', () => {
    expect(expandQuery('新竹晶片产业', table(terms))).toEqual(['新竹芯片产业', '新竹集成电路产业']);
  });

  test('replaces every term of a query with two terms, in each combination', () => {
    expect(expandQuery('晶片 积体电路', table(terms))).toEqual(['芯片 集成电路', '集成电路 集成电路']);
  });

  test('matches a Latin term only as a whole word, in any case', () => {
    expect(expandQuery('IC', table(terms))).toEqual(['integrated circuits']);
    expect(expandQuery('IC设计', table({ ic设计: ['芯片设计'] }))).toEqual(['芯片设计']);
    expect(expandQuery('icon', table(terms))).toEqual(['icon']);
    expect(expandQuery('the ic.', table(terms))).toEqual(['the integrated circuits.']);
  });

  test('prefers the longest term at a position', () => {
    expect(expandQuery('晶片厂', table({ 晶片: ['芯片'], 晶片厂: ['晶圆厂'] }))).toEqual(['晶圆厂']);
  });

  test('returns the query alone when it holds no term', () => {
    expect(expandQuery('物联网', table(terms))).toEqual(['物联网']);
  });

  test('never returns more than the variant limit', () => {
    const many = { 甲: Array.from({ length: 20 }, (_, i) => `乙${i}`), 丙: ['丁', '戊'] };
    expect(expandQuery('甲', table(many))).toHaveLength(MAX_VARIANTS);
    expect(expandQuery('甲丙', table(many))).toHaveLength(MAX_VARIANTS);
  });

  test('does not treat inherited object keys as terms', () => {
    expect(expandQuery('constructor toString', table({}))).toEqual(['constructor toString']);
  });
});

describe('needsPhrases', () => {
  const t = { ...table({}), script: 'hant' as const, ambiguous: '发干' };

  test('is true when the query holds a character converted by context', () => {
    expect(needsPhrases('发展', t)).toBe(true);
  });

  test('is false when every character converts on its own', () => {
    expect(needsPhrases('集成电路', t)).toBe(false);
  });

  test('is true for a table that does not say, to stay exact', () => {
    expect(needsPhrases('集成电路', table({}))).toBe(true);
  });

  test('is true for a compatibility ideograph, which only the full converter normalizes', () => {
    expect(needsPhrases('集成\uf9b2路', t)).toBe(true);
    expect(needsPhrases('\u{2f800}', t)).toBe(true);
  });
});
