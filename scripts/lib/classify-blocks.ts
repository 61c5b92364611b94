/**
 * Turns cleaned paragraphs into body blocks: short heading-like lines become
 * headings, everything else stays a paragraph.
 */
import type { Block, GarbledSpan } from './types.ts';

/** Longest line, in characters, that can still read as a subheading. */
export const MAX_HEADING_LENGTH = 30;

// A subheading never ends a sentence or a clause.
const SENTENCE_PUNCTUATION = /[。！？；!?;…，,、]/u;
// A section heading may name its place before a colon (山东德州:“四链协同”崛起电子信息产业);
// a speaker (刘忠:…, two or three characters) may not, and the heading's second half is a phrase.
const PLACE_COLON = /^[^:：]{4,8}[:：][^:：]{6,}$/u;

/**
 * Whether a line reads as a subheading: short, at least two Han characters,
 * with no sentence or clause punctuation, and a colon only after a short lead.
 * @example isHeadingLike('奔赴“新兴”赛道') // true
 * @example isHeadingLike('山东德州:“四链协同”崛起电子信息产业') // true
 * @example isHeadingLike('刘忠:当前,我市集成电路产业快速起步。') // false
 */
export function isHeadingLike(line: string): boolean {
  const length = [...line].length;
  if (length > MAX_HEADING_LENGTH || length < 2) return false;
  if (SENTENCE_PUNCTUATION.test(line)) return false;
  if (/[:：]/u.test(line) && !PLACE_COLON.test(line)) return false;
  return (line.match(/\p{Script=Han}/gu) ?? []).length >= 2;
}

/**
 * Classify paragraphs into blocks, attaching each paragraph's garbled spans.
 * A heading is never the last block (a short closing line is a paragraph).
 */
export function classifyBlocks(paragraphs: string[], garbled: GarbledSpan[][] = []): Block[] {
  return paragraphs.map((text, i) => {
    const isLast = i === paragraphs.length - 1;
    const kind = !isLast && isHeadingLike(text) ? 'heading' : 'paragraph';
    return { kind, text, garbled: garbled[i] ?? [] };
  });
}
