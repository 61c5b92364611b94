/**
 * Decide what a number measures from the words before it, using the keyword
 * table (`keywords.ts`). The nearest keyword in the number's clause wins; then
 * a keyword right after the number (`500亿元产值`); then, for money, the
 * nearest keyword earlier in the sentence (`20支基金，总规模为172.6亿元`);
 * then weak words (规模); then the default of the dimension.
 */
import type { FigureKind } from '../types.ts';
import { clauseEnd, clauseStart, sentenceStart } from '../sentence-bounds.ts';
import { findKeywords, type KeywordHit, type KeywordRule } from './keywords.ts';
import type { Candidate, Dimension } from './types.ts';

/** The kind of a candidate, and the keyword that decided it. */
export interface Classification {
  kind: FigureKind;
  /** The deciding keyword, when it is close enough to quote with the number. */
  quoted?: KeywordHit;
  /** The capacity is per year (年产): the unit gets `/year`. */
  perYear?: boolean;
  /** A decline (下降): the percentage is negative. */
  decline?: boolean;
}

/** Widest gap, in characters, between a keyword and the number for the keyword to be quoted. */
const QUOTE_GAP = 6;
/** Widest gap between a number and a keyword printed after it (`30亿元产业投资基金`). */
const AFTER_GAP = 3;

function kindFor(rule: KeywordRule, dimension: Dimension): FigureKind | undefined {
  switch (dimension) {
    case 'money':
      return rule.money;
    case 'percent':
      return rule.percent;
    case 'capacity':
      return rule.capacity ? 'capacity' : undefined;
    case 'area':
      return rule.area ? 'area' : undefined;
    case 'count':
      return undefined;
  }
}

function defaultKind(c: Candidate): FigureKind | null {
  switch (c.dimension) {
    case 'money':
      return c.bare ? null : 'amount';
    case 'percent':
      return 'share';
    case 'area':
      return 'area';
    case 'count':
      return 'count';
    case 'capacity':
      // Without 产能/年产 a capacity unit is a count only when scaled: 400万台, not 20吨 (a tank's size).
      if (c.rate) return 'capacity';
      return c.scaled && (c.unit === 'units' || c.unit === 'vehicles') ? 'count' : null;
  }
}

function pick(hits: readonly KeywordHit[], dimension: Dimension, weak: boolean, last: boolean): KeywordHit | undefined {
  const ordered = last ? [...hits].reverse() : hits;
  return ordered.find((h) => kindFor(h.rule, dimension) !== undefined && Boolean(h.rule.weak) === weak);
}

function decided(hit: KeywordHit, c: Candidate, quotable: boolean): Classification {
  const kind = kindFor(hit.rule, c.dimension) ?? 'amount';
  return {
    kind,
    ...(quotable ? { quoted: hit } : {}),
    ...(hit.rule.perYear && c.dimension === 'capacity' ? { perYear: true } : {}),
    ...(hit.rule.decline && c.dimension === 'percent' ? { decline: true } : {}),
  };
}

/**
 * Classify a candidate found in `text`, or null when it is not a figure
 * (a bare 亿 with no money word near it, a tank's 20吨).
 * @example classifyFigure('同比增长16.5%', candidate)?.kind // 'growth'
 */
export function classifyFigure(text: string, c: Candidate): Classification | null {
  if (c.dimension === 'count') return { kind: 'count' };
  const clause = clauseStart(text, c.numberStart);
  const before = findKeywords(text, clause, c.start);
  // Quote a keyword only across a short gap holding no other number (`增长3.6‰和1.7‰`).
  const nearBefore = (hit: KeywordHit | undefined) =>
    hit !== undefined && c.start - hit.end <= QUOTE_GAP && !/\d/.test(text.slice(hit.end, c.start));
  const strong = pick(before, c.dimension, false, true);
  if (strong) return decided(strong, c, nearBefore(strong));
  // Percentages are read from before only: in `从2.06%增长到5.2%` the verb belongs to the next number.
  if (c.dimension !== 'percent') {
    const after = findKeywords(text, c.end, Math.min(clauseEnd(text, c.end), c.end + AFTER_GAP + 8));
    const next = pick(after, c.dimension, false, false);
    if (next && next.start - c.end <= AFTER_GAP) return decided(next, c, true);
  }
  if (c.dimension === 'money' || c.dimension === 'capacity') {
    const earlier = pick(findKeywords(text, sentenceStart(text, c.numberStart), clause), c.dimension, false, true);
    if (earlier) return decided(earlier, c, false);
  }
  const weak = pick(before, c.dimension, true, true);
  if (weak) return decided(weak, c, nearBefore(weak));
  const kind = defaultKind(c);
  return kind ? { kind } : null;
}
