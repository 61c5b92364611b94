/**
 * Words that hedge a number (约, 超过, 不到, 以上 …) and currency words printed
 * before it, read from the text right around the digits.
 */
import type { Qualifier } from './types.ts';
import { alternation, CURRENCY_PREFIXES, escapeRegExp, longestFirst } from './units.ts';

/** Words before a number; `null` marks emphasis (达, 累计) that is quoted but does not hedge. */
const PREFIX_QUALIFIERS: Readonly<Record<string, Qualifier | null>> = {
  约: 'approx',
  約: 'approx',
  大约: 'approx',
  大約: 'approx',
  大概: 'approx',
  将近: 'approx',
  將近: 'approx',
  接近: 'approx',
  近: 'approx',
  超过: 'min',
  超過: 'min',
  超: 'min',
  逾: 'min',
  突破: 'min',
  至少: 'min',
  多于: 'min',
  多於: 'min',
  不少于: 'min',
  不少於: 'min',
  不低于: 'min',
  不低於: 'min',
  不到: 'max',
  不足: 'max',
  不超过: 'max',
  不超過: 'max',
  最多: 'max',
  少于: 'max',
  少於: 'max',
  高达: null,
  高達: null,
  达到: null,
  達到: null,
  达: null,
  達: null,
  共计: null,
  共計: null,
  合计: null,
  合計: null,
  累计: null,
  累計: null,
  共: null,
};

/** Characters that make a one-character hedge the end of another word: 签约, 最近, 到达, 公共. */
const NOT_AFTER: Readonly<Record<string, string>> = {
  约: '签簽合契预預条條公节節制邀特履违違守践踐婚',
  約: '签簽合契预預条條公节節制邀特履违違守践踐婚',
  近: '最附邻鄰靠亲親',
  超: '赶趕',
  达: '到抵发發表传傳送下转轉直通',
  達: '到抵发發表传傳送下转轉直通',
  共: '公中',
};

function hedgePattern(word: string): string {
  const notAfter = NOT_AFTER[word];
  return notAfter ? `(?<![${notAfter}])${escapeRegExp(word)}` : escapeRegExp(word);
}

/** Words after a number and its unit. */
const SUFFIX_QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  以上: 'min',
  之多: 'min',
  以下: 'max',
  以内: 'max',
  以內: 'max',
  左右: 'approx',
  上下: 'approx',
};

const PREFIX_QUALIFIER_RE = new RegExp(
  `(?:${longestFirst(Object.keys(PREFIX_QUALIFIERS)).map(hedgePattern).join('|')})[ \\t]*$`,
);
const PREFIX_CURRENCY_RE = new RegExp(`(?:${alternation(Object.keys(CURRENCY_PREFIXES))})[ \\t]*$`);
// The upper end of a range (`300至400家`, `10-20%`): the number is a maximum.
const RANGE_RE = /\d[余餘多]?[ \t]*(?:至|到|~|～|-|–|—)[ \t]*$/;
const SUFFIX_QUALIFIER_RE = new RegExp(`(?:${alternation(Object.keys(SUFFIX_QUALIFIERS))})(?!游)`, 'y');

/** What precedes a number: where its phrase starts, a hedge and a currency. */
export interface Prefix {
  start: number;
  qualifier?: Qualifier;
  currency?: string;
}

/**
 * Read hedges and currency words printed just before offset `at`.
 * @example readPrefix('总投资约100亿元', 4) // { start: 3, qualifier: 'approx' }
 */
export function readPrefix(text: string, at: number): Prefix {
  const prefix: Prefix = { start: at };
  if (RANGE_RE.test(text.slice(Math.max(0, at - 4), at))) prefix.qualifier = 'max';
  for (let round = 0; round < 2; round++) {
    const before = text.slice(Math.max(0, prefix.start - 6), prefix.start);
    const q = PREFIX_QUALIFIER_RE.exec(before);
    if (q) {
      const qualifier = PREFIX_QUALIFIERS[q[0].trim()];
      if (qualifier && prefix.qualifier === undefined) prefix.qualifier = qualifier;
      prefix.start -= q[0].length;
      continue;
    }
    const c = PREFIX_CURRENCY_RE.exec(before);
    if (c && prefix.currency === undefined) {
      prefix.currency = CURRENCY_PREFIXES[c[0].trim()];
      prefix.start -= c[0].length;
      continue;
    }
    break;
  }
  return prefix;
}

/**
 * A hedge printed right after offset `at` (`以上`, `左右`), with its end.
 * @example readSuffix('20%以上', 3) // { qualifier: 'min', end: 5 }
 */
export function readSuffix(text: string, at: number): { qualifier: Qualifier; end: number } | null {
  SUFFIX_QUALIFIER_RE.lastIndex = at;
  const m = SUFFIX_QUALIFIER_RE.exec(text);
  const qualifier = m ? SUFFIX_QUALIFIERS[m[0]] : undefined;
  return m && qualifier ? { qualifier, end: at + m[0].length } : null;
}
