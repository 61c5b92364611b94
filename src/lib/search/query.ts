/**
 * Cleaning what a reader typed before it reaches the index. Runs in the
 * browser; no dependencies.
 */

/** Longest query searched, in characters; longer input is cut, never rejected. */
export const MAX_QUERY_LENGTH = 100;

/** Any letter or digit, in any script: a query without one has nothing to find. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;
// Control and format characters (zero-width spaces, bidi marks) only hide words.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/**
 * The query as searched: full-width forms folded (NFKC), invisible characters
 * dropped, whitespace collapsed, cut to `MAX_QUERY_LENGTH` characters.
 * @example normalizeQuery('  集成电路\u200b\u3000产业 ') // '集成电路 产业'
 * @example normalizeQuery('ＢＯＥ') // 'BOE'
 */
export function normalizeQuery(raw: string): string {
  const cleaned = raw.normalize('NFKC').replace(INVISIBLE, ' ').replace(/\s+/gu, ' ').trim();
  const chars = [...cleaned];
  return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join('').trim() : cleaned;
}

/**
 * Whether a normalized query can find anything: it holds a letter or digit.
 * @example isSearchable('。，！') // false
 * @example isSearchable('5G') // true
 */
export function isSearchable(query: string): boolean {
  return WORD_CHAR.test(query);
}

/**
 * Whether a query holds Chinese characters, which need script folding.
 * @example hasHan('BOE 京东方') // true
 */
export function hasHan(query: string): boolean {
  return HAN.test(query);
}
