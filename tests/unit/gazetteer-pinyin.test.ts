import { describe, expect, test } from 'vitest';
import { formatPinyin, latinKey, readings } from '../../scripts/lib/gazetteer/pinyin.ts';

describe('readings', () => {
  test('holds every reading of a polyphonic place name, the default first', () => {
    const all = readings('单县').map((r) => r.join(' '));
    expect(all[0]).toBe('dan xian');
    expect(all).toContain('shan xian');
    expect(readings('歙县').map((r) => r.join(''))).toContain('shexian');
    expect(readings('蔚县').map((r) => r.join(''))).toContain('yuxian');
  });

  test('prefers the readings place names use', () => {
    expect(readings('宁都')[0]).toEqual(['ning', 'du']);
    expect(readings('什邡')[0]).toEqual(['shi', 'fang']);
    expect(readings('大城')[0]).toEqual(['da', 'cheng']);
  });

  test('ignores characters that are not Han', () => {
    expect(readings('黄岛（x）')[0]).toEqual(['huang', 'dao']);
    expect(readings('abc')).toEqual([]);
  });
});

describe('latinKey', () => {
  test('folds diacritics, apostrophes, spaces and case', () => {
    expect(latinKey('Xi’an')).toBe('xian');
    expect(latinKey('Ürümqi')).toBe('urumqi');
    expect(latinKey('She Xian')).toBe('shexian');
  });
});

describe('formatPinyin', () => {
  test('title-cases and marks syllables that start with a vowel', () => {
    expect(formatPinyin(['xi', 'an'])).toBe("Xi'an");
    expect(formatPinyin(['huang', 'dao'])).toBe('Huangdao');
    expect(formatPinyin(['lü', 'liang'])).toBe('Lüliang');
  });
});
