import { describe, expect, test } from 'vitest';
import { convertScript, shangBeforeSigning, toHans, toHant } from '../../scripts/lib/convert-script.ts';
import { detectScript, scriptEvidence } from '../../scripts/lib/detect-script.ts';

describe('convertScript', () => {
  test('converts characters, not vocabulary, from Simplified to Traditional', () => {
    expect(toHant('集成电路产业园')).toBe('集成電路產業園');
    // Phrase tables would turn 软件 into 軟體 and 网络 into 網路; we keep the author's words.
    expect(toHant('软件和网络')).toBe('軟件和網絡');
  });

  test('writes 簽 in a signing after 上, where OpenCC alone would draw a lot (籤)', () => {
    expect(toHant('网上签约仪式')).toBe('網上簽約儀式');
    expect(toHant('在大会上签订协议，会上签下项目')).toBe('在大會上簽訂協議，會上簽下項目');
    // Drawing a lot is still 籤.
    expect(toHant('抽到上签')).toBe('抽到上籤');
  });

  test('derives the 上+签 phrases from the phrase table, leaving ones it already has', () => {
    const table: [string, string][] = [
      ['签约', '簽約'],
      ['签子', '籤子'],
      ['签字', '簽字'],
      ['上签字', '上簽字'],
    ];
    expect(shangBeforeSigning(table)).toEqual([['上签约', '上簽約']]);
  });

  test('folds Taiwan variants when converting to Simplified', () => {
    expect(toHans('積體電路')).toBe('积体电路');
    expect(toHans('裡面')).toBe('里面');
  });

  test('is the identity when the scripts match', () => {
    expect(convertScript('后台 产业', 'hans', 'hans')).toBe('后台 产业');
    expect(convertScript('後臺 產業', 'hant', 'hant')).toBe('後臺 產業');
  });
});

describe('detectScript', () => {
  test('tells the scripts apart by characters that exist in only one', () => {
    expect(detectScript('地方新興產業集群加速融入全球產業鏈')).toBe('hant');
    expect(detectScript('地方新兴产业集群加速融入全球产业链')).toBe('hans');
  });

  test('falls back to Simplified when no character tells', () => {
    expect(detectScript('中国 2024 IC')).toBe('hans');
  });

  test('counts evidence per occurrence', () => {
    expect(scriptEvidence('产产產')).toEqual({ simplifiedOnly: 2, traditionalOnly: 1 });
  });
});
