/**
 * What a count counts: the noun after the measure word (`15家头部企业`), else
 * the noun just before the number (`在建项目50个`), else the default of the
 * measure word (家 → companies, 件 → cases), else nothing (a count of
 * unknown things is dropped: precision over recall).
 */
import { isPhraseEnd } from '../sentence-bounds.ts';
import { alternation, COUNT_NOUNS, MEASURE_WORDS } from './units.ts';

const NOUN_RE = new RegExp(alternation(Object.keys(COUNT_NOUNS)), 'g');
// Where the words after a measure stop describing the counted thing.
const AFTER_STOP = /[。！？；!?;\n，,：:、“”"「」『』()（）《》年月日]|城市|国家|國家|地区|地區/;
const AFTER_WINDOW = 12;
const BEFORE_WINDOW = 10;

/** The unit of a count and the span of the noun that named it. */
export interface CountUnit {
  unit: string;
  /** Offset of the noun when it precedes the number. */
  start?: number;
  /** End of the noun when it follows the measure word. */
  end?: number;
}

function firstNoun(text: string, from: number, to: number): { unit: string; end: number } | null {
  const span = text.slice(from, to);
  const stop = AFTER_STOP.exec(span);
  const limited = stop ? span.slice(0, stop.index) : span;
  NOUN_RE.lastIndex = 0;
  const m = NOUN_RE.exec(limited);
  const unit = m ? COUNT_NOUNS[m[0]] : undefined;
  return m && unit ? { unit, end: from + m.index + m[0].length } : null;
}

function lastNoun(text: string, from: number, to: number): { unit: string; start: number } | null {
  const span = text.slice(from, to);
  let found: { unit: string; start: number } | null = null;
  NOUN_RE.lastIndex = 0;
  for (let m = NOUN_RE.exec(span); m; m = NOUN_RE.exec(span)) {
    const unit = COUNT_NOUNS[m[0]];
    if (unit) found = { unit, start: from + m.index };
  }
  return found;
}

/**
 * Decide the unit of a count.
 * @param phraseStart where the number's phrase (with hedges) starts
 * @param afterMeasure where the text after the measure word (and 以上) starts
 * @param listStart where the number's phrase starts (after a comma or 、); the noun before must lie in it
 * @example resolveCount('在建项目50个、', '个', 4, 7, 0) // { unit: 'projects', start: 2 }
 */
export function resolveCount(
  text: string,
  measure: string,
  phraseStart: number,
  afterMeasure: number,
  listStart: number,
): CountUnit | null {
  if (measure === '人') return { unit: 'people' };
  const after = firstNoun(text, afterMeasure, afterMeasure + AFTER_WINDOW);
  if (after) return { unit: after.unit, end: after.end };
  // A noun before the number counts only when the count closes its phrase
  // (`在建项目50个、`); in `3个以上千亿级` the counted thing follows, unnamed.
  const closes =
    afterMeasure >= text.length ||
    isPhraseEnd(text.charAt(afterMeasure)) ||
    /[和与與及或]/.test(text.charAt(afterMeasure));
  const before = closes ? lastNoun(text, Math.max(listStart, phraseStart - BEFORE_WINDOW), phraseStart) : null;
  if (before) return { unit: before.unit, start: before.start };
  const fallback = MEASURE_WORDS[measure];
  return fallback ? { unit: fallback } : null;
}
