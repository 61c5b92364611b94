import { describe, expect, test } from 'vitest';
import { cleanEnglish, englishName } from '../../scripts/lib/gazetteer/english-names.ts';
import { splitName } from '../../scripts/lib/gazetteer/short-names.ts';

describe('englishName', () => {
  test('counties carry their unit word, prefecture-level cities do not', () => {
    expect(englishName(splitName('黄岛区', 'county'), 'county', 'Huangdao')).toBe('Huangdao District');
    expect(englishName(splitName('全椒县', 'county'), 'county', 'Quanjiao')).toBe('Quanjiao County');
    expect(englishName(splitName('胶州市', 'county'), 'county', 'Jiaozhou')).toBe('Jiaozhou City');
    expect(englishName(splitName('青岛市', 'prefecture'), 'prefecture', 'Qingdao')).toBe('Qingdao');
    expect(englishName(splitName('山东省', 'province'), 'province', 'Shandong')).toBe('Shandong');
  });

  test('autonomous units list their peoples', () => {
    expect(englishName(splitName('恩施土家族苗族自治州', 'prefecture'), 'prefecture', 'Enshi')).toBe(
      'Enshi Tujia and Miao Autonomous Prefecture',
    );
    expect(englishName(splitName('积石山保安族东乡族撒拉族自治县', 'county'), 'county', 'Jishishan')).toBe(
      'Jishishan Bonan, Dongxiang and Salar Autonomous County',
    );
  });

  test('a unit named after its people is named by the people’s English name', () => {
    expect(englishName(splitName('鄂伦春自治旗', 'county'), 'county', 'Elunchun')).toBe('Oroqen Autonomous Banner');
    expect(englishName(splitName('东乡族自治县', 'county'), 'county', 'Dongxiang')).toBe('Dongxiang Autonomous County');
  });

  test('leagues, prefectures and new areas get their own words', () => {
    expect(englishName(splitName('锡林郭勒盟', 'prefecture'), 'prefecture', 'Xilin Gol')).toBe('Xilin Gol League');
    expect(englishName(splitName('阿里地区', 'prefecture'), 'prefecture', 'Ngari')).toBe('Ngari Prefecture');
    expect(englishName(splitName('浦东新区', 'county'), 'county', 'Pudong')).toBe('Pudong New Area');
  });
});

describe('cleanEnglish', () => {
  test('straightens apostrophes and drops tone marks but keeps ü', () => {
    expect(cleanEnglish('Xi’an')).toBe("Xi'an");
    expect(cleanEnglish('Báigōng')).toBe('Baigong');
    expect(cleanEnglish('Lüliang')).toBe('Lüliang');
    expect(cleanEnglish('Dêqên')).toBe('Deqen');
  });
});
