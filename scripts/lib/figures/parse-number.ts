/**
 * Numbers as Chinese text prints them: Arabic digits with thousands
 * separators, Chinese numerals (五百, 一千五百, 十六点五) and the multipliers
 * 十/百/千/万/亿/兆 in both scripts. Values are built from decimal strings
 * (`Number('1351.4e8')`) so that 1351.4亿 is exactly 135140000000, never
 * 135140000000.00002.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const MULTIPLIER_EXPONENTS: Readonly<Record<string, number>> = {
  十: 1,
  百: 2,
  千: 3,
  万: 4,
  萬: 4,
  亿: 8,
  億: 8,
  // 兆 is 10^12 in Taiwan and in modern mainland finance writing (兆元); the
  // older "million" sense only survives in units (兆瓦), which carry no 元.
  兆: 12,
};

/** Characters of a Chinese numeral below 万 (digits and 十百千). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两兩三四五六七八九十百千';

/**
 * The integer a Chinese numeral below 万 names, or null when it is not a
 * well-formed numeral (`十四五` is a plan's name, not 145).
 * @example parseChineseInteger('一千五百') // 1500
 * @example parseChineseInteger('三千五') // 3500 (the trailing digit counts in the next lower place)
 */
export function parseChineseInteger(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  let afterZero = false;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null) return null; // two digits in a row: 一二, 十四五
      if (d === 0) afterZero = true;
      else digit = d;
      continue;
    }
    const unit = SMALL_UNITS[ch];
    if (unit === undefined || unit >= lastUnit) return null;
    total += (digit ?? 1) * unit;
    digit = null;
    afterZero = false;
    lastUnit = unit;
  }
  if (digit !== null) total += lastUnit !== Infinity && !afterZero ? (digit * lastUnit) / 10 : digit;
  return text.length > 0 ? total : null;
}

/**
 * A printed number as a plain decimal string (`1,745` → `1745`,
 * `十六点五` → `16.5`), or null.
 * @example toDecimalString('十六点五') // '16.5'
 */
export function toDecimalString(text: string): string | null {
  const arabic = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.exec(text);
  if (arabic) return text.replaceAll(',', '');
  const [intPart = '', fracPart, extra] = text.split(/[点點]/);
  if (extra !== undefined) return null;
  const whole = intPart === '' && fracPart !== undefined ? 0 : parseChineseInteger(intPart);
  if (whole === null) return null;
  if (fracPart === undefined) return String(whole);
  let frac = '';
  for (const ch of fracPart) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    frac += String(d);
  }
  return frac === '' ? null : `${whole}.${frac}`;
}

/**
 * The power of ten a run of multipliers stands for (`亿` 8, `万亿` 12,
 * `千万` 7), or null when the text holds anything else.
 * @example multiplierExponent('万亿') // 12
 */
export function multiplierExponent(text: string): number | null {
  let exponent = 0;
  for (const ch of text) {
    const e = MULTIPLIER_EXPONENTS[ch];
    if (e === undefined) return null;
    exponent += e;
  }
  return exponent;
}

/** `decimal × 10^exponent`, computed from the string so the result has no rounding noise. */
export function scaleDecimal(decimal: string, exponent: number): number {
  return Number(`${decimal}e${exponent}`);
}

const NUMBER_PHRASE = new RegExp(
  `^((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+(?:[点點][${CHINESE_NUMERAL_CHARS}]+)?)` +
    `\\s*([十百千万萬亿億兆]*)` +
    `(?:(\\d{1,4}|[${CHINESE_NUMERAL_CHARS}]+)([万萬]?))?$`,
);

/**
 * The value of a number phrase with its multipliers and an optional
 * remainder in the next lower place, or null.
 * @example parseNumber('1351.4亿') // 135140000000
 * @example parseNumber('五百亿') // 50000000000
 * @example parseNumber('6萬3492') // 63492
 * @example parseNumber('3亿5000万') // 350000000
 */
export function parseNumber(text: string): number | null {
  const m = NUMBER_PHRASE.exec(text.trim());
  if (!m) return null;
  const [, head = '', mult = '', rest, restMult = ''] = m;
  const decimal = toDecimalString(head);
  const exponent = multiplierExponent(mult);
  if (decimal === null || exponent === null) return null;
  const value = scaleDecimal(decimal, exponent);
  if (rest === undefined) return value;
  const remainder = remainderValue(mult, rest, restMult);
  return remainder === null ? null : value + remainder;
}

/**
 * The value of the part printed after a multiplier (`3492` in `6萬3492`,
 * `5000万` in `3亿5000万`), or null when it cannot belong to that multiplier.
 * @example remainderValue('萬', '3492', '') // 3492
 */
export function remainderValue(multiplier: string, rest: string, restMultiplier: string): number | null {
  const decimal = toDecimalString(rest);
  if (decimal === null || decimal.includes('.')) return null;
  const outer = multiplierExponent(multiplier) ?? 0;
  const inner = multiplierExponent(restMultiplier) ?? 0;
  const value = scaleDecimal(decimal, inner);
  return value < 10 ** outer ? value : null;
}
