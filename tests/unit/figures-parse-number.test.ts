import { describe, expect, test } from 'vitest';
import {
  multiplierExponent,
  parseChineseInteger,
  parseNumber,
  toDecimalString,
} from '../../scripts/lib/figures/parse-number.ts';

describe('parseChineseInteger', () => {
  test.each([
    ['五', 5],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['百', 100],
    ['五百', 500],
    ['一百零五', 105],
    ['一千零五十', 1050],
    ['一千五百', 1500],
    ['两千', 2000],
    ['兩千', 2000],
    ['三千五', 3500],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseInteger(text)).toBe(value);
  });

  test.each(['十四五', '一二三', '百千', ''])('rejects the malformed numeral %s', (text) => {
    expect(parseChineseInteger(text)).toBeNull();
  });
});

describe('toDecimalString', () => {
  test('drops thousands separators from Arabic digits', () => {
    expect(toDecimalString('1,745')).toBe('1745');
    expect(toDecimalString('63,492.5')).toBe('63492.5');
  });

  test('reads a Chinese decimal point in either script', () => {
    expect(toDecimalString('十六点五')).toBe('16.5');
    expect(toDecimalString('三點二')).toBe('3.2');
  });
});

describe('multiplierExponent', () => {
  test.each([
    ['万', 4],
    ['萬', 4],
    ['亿', 8],
    ['億', 8],
    ['万亿', 12],
    ['萬億', 12],
    ['兆', 12],
    ['千万', 7],
    ['百亿', 10],
  ])('gives %s the exponent %d', (text, exponent) => {
    expect(multiplierExponent(text)).toBe(exponent);
  });

  test('rejects characters that are not multipliers', () => {
    expect(multiplierExponent('亿元')).toBeNull();
  });
});

describe('parseNumber', () => {
  test('gives 1351.4亿 exactly 135140000000, with no floating-point noise', () => {
    expect(parseNumber('1351.4亿')).toBe(135140000000);
    expect(Number.isInteger(parseNumber('1351.4亿'))).toBe(true);
  });

  test.each([
    ['25亿', 2.5e9],
    ['288億', 2.88e10],
    ['1,745 億', 1.745e11],
    ['2.26兆', 2.26e12],
    ['2万亿', 2e12],
    ['百亿', 1e10],
    ['五百亿', 5e10],
    ['十亿', 1e9],
    ['十六点五亿', 1.65e9],
    ['6萬3492', 63492],
    ['3亿5000万', 3.5e8],
    ['120万', 1.2e6],
    ['30.98億', 3.098e9],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  test('rejects a remainder that does not fit below its multiplier', () => {
    expect(parseNumber('6万12345')).toBeNull();
  });

  test('rejects text that is not a number', () => {
    expect(parseNumber('十四五')).toBeNull();
    expect(parseNumber('5G')).toBeNull();
  });
});
