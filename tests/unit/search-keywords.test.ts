import { describe, expect, test } from 'vitest';
import { MAX_PINYIN_CHARS, placeStem, searchKeywords, tonelessPinyin } from '../../src/lib/search/keywords.ts';

const kaohsiung = { hans: '高雄', hant: '高雄', en: 'Kaohsiung' };
const qingdao = { hans: '青岛', hant: '青島', en: 'Qingdao' };

describe('tonelessPinyin', () => {
  test('writes a short Chinese name as one toneless word', () => {
    expect(tonelessPinyin('高雄')).toBe('gaoxiong');
    expect(tonelessPinyin('香港')).toBe('xianggang');
  });

  test('uses the reading a place name takes, not the first reading of each character', () => {
    expect(tonelessPinyin('重庆')).toBe('chongqing');
  });

  test('gives nothing for long names and names that are not all Chinese', () => {
    expect(tonelessPinyin('青岛市集成电路产业园')).toBe('');
    expect(tonelessPinyin('BOE')).toBe('');
  });

  test('stops at the length limit', () => {
    expect(tonelessPinyin('高'.repeat(MAX_PINYIN_CHARS))).not.toBe('');
    expect(tonelessPinyin('高'.repeat(MAX_PINYIN_CHARS + 1))).toBe('');
  });
});

describe('placeStem', () => {
  test('drops the administrative suffix a reader would not type', () => {
    expect(placeStem('新竹市')).toBe('新竹');
    expect(placeStem('香港特别行政区')).toBe('香港');
    expect(placeStem('全椒县')).toBe('全椒');
  });

  test('keeps a name that is only a suffix, and names without one', () => {
    expect(placeStem('市')).toBe('市');
    expect(placeStem('青岛')).toBe('青岛');
  });
});

describe('searchKeywords', () => {
  test('romanizes a city without its suffix, and only when the English name differs', () => {
    expect(searchKeywords('en', [{ hans: '新竹市', hant: '新竹市', en: 'Hsinchu City' }])).toEqual([
      'Hsinchu City',
      'xinzhu',
    ]);
    expect(searchKeywords('en', [{ hans: '青岛市', hant: '青島市', en: 'Qingdao' }])).toEqual(['Qingdao']);
  });

  test('adds pinyin on the English site where the English name is not the pinyin', () => {
    expect(searchKeywords('en', [kaohsiung])).toEqual(['Kaohsiung', 'gaoxiong']);
  });

  test('adds no pinyin where the English name already is the pinyin', () => {
    expect(searchKeywords('en', [qingdao])).toEqual(['Qingdao']);
  });

  test("uses the Chinese site's own script", () => {
    expect(searchKeywords('zh-hant', [qingdao])).toEqual(['青島']);
    expect(searchKeywords('zh-hans', [qingdao])).toEqual(['青岛']);
  });

  test('lists each word once', () => {
    expect(searchKeywords('en', [qingdao, qingdao])).toEqual(['Qingdao']);
  });
});
