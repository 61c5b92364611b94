import { describe, expect, test } from 'vitest';
import { curatedTerms, englishParkName } from '../../scripts/lib/aggregate/park-names.ts';

describe('englishParkName', () => {
  const terms: [string, string][] = [
    ['青岛', 'Qingdao'],
    ['智能终端', 'Smart terminals'],
    ['新材料', 'New materials'],
    ['富士康', 'Foxconn'],
  ];

  test('translates places and known terms, pinyin for the rest, and the suffix', () => {
    expect(englishParkName('青岛航田智能终端产业园', terms)).toBe('Qingdao Hangtian Smart Terminals Industrial Park');
    expect(englishParkName('富士康工业园区', terms)).toBe('Foxconn Industrial Park');
  });

  test('connectors become "and" and the longest suffix wins', () => {
    expect(englishParkName('新材料及智能终端科创园', terms)).toBe(
      'New Materials and Smart Terminals Science and Innovation Park',
    );
    expect(englishParkName('融安光电产业园区', [])).toBe('Ronganguangdian Industrial Park');
  });

  test('curatedTerms drops an English gloss in parentheses', () => {
    const name = { hans: '富士康', hant: '富士康', en: 'Foxconn (Hon Hai)' };
    const aliases = { hans: ['鸿海'], hant: [], en: [] };
    const terms = curatedTerms({
      industries: [],
      companies: [{ id: 'foxconn', name, aliases, industries: [], source: '' }],
    });
    expect(terms).toEqual([
      ['富士康', 'Foxconn'],
      ['鸿海', 'Foxconn'],
    ]);
  });
});
