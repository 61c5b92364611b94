/**
 * Finds spans of text that are damaged in the source: replacement characters,
 * private-use characters, and the mojibake a page picks up when one encoding
 * was read as another somewhere upstream (UTF-8 read as GBK: 产业 → 浜т笟;
 * unmappable bytes turned into `?`; pinyin glosses cut in half: 當?shù)…).
 *
 * Mojibake has no single tell, so the rule weighs signals that sit close
 * together (at most two ordinary tokens apart, never across white space):
 * - strong, flagged alone: U+FFFD, private-use characters;
 * - weak, one point each: an ASCII `?` glued to Chinese (two for `??` or
 *   `?;`), a character outside the ~6,700 common ones of either script,
 *   box drawing and other symbols Chinese prose does not use, a lone letter
 *   of another script (kana, Hangul, Cyrillic) among Chinese, `_` `|`
 *   `^` `~` `\` glued between two Chinese characters, pinyin debris (a
 *   lower-case tone-marked word; two when it is `?` + a syllable + `)`, a
 *   gloss whose opening parenthesis was eaten).
 * A cluster is damaged at three points, provided one of them is not a rare
 * character: chemistry (乙烯、芳烃、聚酯) and names are full of rare
 * characters, and a lone `?` between clauses (在哪?项目) is a question mark.
 */
import { isCommonHan } from './decode.ts';
import type { GarbledSpan } from './types.ts';

const TONE = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const PINYIN_LETTER = `a-z${TONE}ü`;

/** One token: white space, a `?` run, pinyin debris, an ASCII word, or any one code point. */
const TOKEN = new RegExp(
  `(\\s+)|(\\?+;?)|(\\(?[${PINYIN_LETTER}]*[${TONE}][${PINYIN_LETTER}]*\\)?)|([A-Za-z0-9]+)|([^])`,
  'gu',
);

const PRIVATE_USE = /[\uE000-\uF8FF\u{F0000}-\u{10FFFF}]/u;
const HAN = /\p{Script=Han}/u;

/**
 * Symbols that a mis-decoded GBK or Big5 byte pair lands on and Chinese prose
 * does not use: box drawing and block elements, parenthesised and full-stop
 * numbers (not ①–⑳, which lists use).
 */
const ODD_SYMBOL = /[\u2500-\u259F\u2474-\u24FF]/u;

/**
 * Letters of other scripts that mojibake scatters one at a time among Chinese
 * characters: kana, bopomofo, Hangul, Cyrillic, Latin-1 letters that are not
 * pinyin. A run of them is a foreign word (ソニー), so only a lone one counts.
 */
const FOREIGN_LETTER =
  /[\u3040-\u30FF\u3100-\u312F\uAC00-\uD7AF\u0400-\u04FF\u00C0-\u00DF\u00E2-\u00E7\u00EA\u00EB\u00EE-\u00F1\u00F4-\u00F8\u00FB\u00FD-\u00FF]/u;

/** The box-drawing characters of plain-text tables (lines, corners, tees, crosses): not a signal. */
const TABLE_RULE = /[\u2500-\u2503\u250C\u2510\u2514\u2518\u251C\u2524\u252C\u2534\u253C\u2550-\u256C]/u;
const GLUE = /^[_|^~\\]$/u;

const MAX_GAP = 2;
const THRESHOLD = 3;

interface Signal {
  start: number;
  end: number;
  weight: number;
  strong: boolean;
  rareHan: boolean;
}

interface Cluster {
  start: number;
  end: number;
  score: number;
  strong: boolean;
  otherThanRareHan: boolean;
}

/**
 * Damaged spans of a text, as UTF-16 offsets, sorted, merged where they touch.
 * @example findGarbled('材料\uFFFD基地') // [{ start: 2, end: 3 }]
 * @example findGarbled('项目落在哪?就在青岛。') // []
 */
export function findGarbled(text: string): GarbledSpan[] {
  const spans: GarbledSpan[] = [];
  let cluster: Cluster | null = null;
  let gap = 0;
  const close = (): void => {
    if (cluster && (cluster.strong || (cluster.score >= THRESHOLD && cluster.otherThanRareHan))) {
      pushMerged(spans, { start: cluster.start, end: cluster.end });
    }
    cluster = null;
  };
  for (const match of text.matchAll(TOKEN)) {
    if (match[1] !== undefined) {
      close();
      continue;
    }
    const signal = classify(text, match);
    if (!signal) {
      if (cluster && ++gap > MAX_GAP) close();
      continue;
    }
    cluster = cluster ? extend(cluster, signal) : open(signal);
    gap = 0;
  }
  close();
  return spans;
}

/**
 * How many damaged spans a text has.
 * @example countGarbled('园区\uE000\uE001规划公示?;鐪佹柊|鏉愭区') // 2
 */
export function countGarbled(text: string): number {
  return findGarbled(text).length;
}

function open(signal: Signal): Cluster {
  return {
    start: signal.start,
    end: signal.end,
    score: signal.weight,
    strong: signal.strong,
    otherThanRareHan: !signal.rareHan,
  };
}

function extend(cluster: Cluster, signal: Signal): Cluster {
  return {
    start: cluster.start,
    end: signal.end,
    score: cluster.score + signal.weight,
    strong: cluster.strong || signal.strong,
    otherThanRareHan: cluster.otherThanRareHan || !signal.rareHan,
  };
}

function pushMerged(spans: GarbledSpan[], span: GarbledSpan): void {
  const last = spans[spans.length - 1];
  if (last && last.end >= span.start) last.end = Math.max(last.end, span.end);
  else spans.push(span);
}

/** The signal a token carries, or null for ordinary text. */
function classify(text: string, match: RegExpMatchArray): Signal | null {
  const token = match[0];
  const start = match.index ?? 0;
  const end = start + token.length;
  const signal = (weight: number, extra: Partial<Signal> = {}): Signal => ({
    start,
    end,
    weight,
    strong: false,
    rareHan: false,
    ...extra,
  });
  if (match[2] !== undefined) {
    if (!isCjkNeighbour(text[start - 1]) && !isCjkNeighbour(text[end])) return null;
    return signal(token.length >= 2 ? 2 : 1);
  }
  if (match[3] !== undefined) {
    const eatenGloss = token.endsWith(')') && !token.startsWith('(') && text[start - 1] === '?';
    return signal(eatenGloss ? 2 : 1);
  }
  if (match[4] !== undefined) return null;
  const kind = classifyChar(text, token, start);
  return kind ? signal(1, kind) : null;
}

/** The signal of one code point; `{}` is a plain weak signal. */
function classifyChar(text: string, char: string, start: number): Partial<Signal> | null {
  if (char === '\uFFFD' || PRIVATE_USE.test(char)) return { strong: true };
  if (HAN.test(char)) return isCommonHan(char) ? null : { rareHan: true };
  if (ODD_SYMBOL.test(char) && !TABLE_RULE.test(char)) return {};
  if (FOREIGN_LETTER.test(char) && !isForeign(text[start - 1]) && !isForeign(text[start + 1])) return {};
  if (GLUE.test(char) && isCjkNeighbour(text[start - 1]) && isCjkNeighbour(text[start + 1])) return {};
  return null;
}

/** Foreign letters are all in the BMP, so one code unit is a whole neighbour. */
function isForeign(char: string | undefined): boolean {
  return char !== undefined && FOREIGN_LETTER.test(char);
}

/** A neighbour that makes ASCII punctuation look out of place: any non-ASCII, non-space character. */
function isCjkNeighbour(char: string | undefined): boolean {
  return char !== undefined && char.charCodeAt(0) >= 0x80 && !/\s/u.test(char);
}
