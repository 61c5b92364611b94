/**
 * The headline of a page. It sits in the page header (above the first body
 * paragraph), is not chrome, not a caption, not a menu, has at least five Han
 * characters, at most sixty characters and no full stop.
 *
 * Rule for split headlines: candidates that follow each other with no
 * metadata or chrome between them form one headline block; the block closest
 * to the header's metadata lines (date, source, byline) wins, the earlier one
 * on a tie, because publishers print the headline right above or right below
 * the date. The headline is the block's first line; the block's further lines
 * (a subtitle or deck such as `进而有为` / `华为云城市峰会2021青岛站启幕`) stay
 * in the body. A page whose header has no metadata takes its first block.
 */
import { isChromeKey, isEdgeChromeKey } from './chrome-patterns.ts';
import { charLength, foldWidth, hanCount, isCaptionLike, isMenuLike, matchKey, unframe } from './line-shape.ts';

/** The headline and the line it was read from (null when derived from the lead). */
export interface TitleFinding {
  title: string;
  index: number | null;
}

const MIN_TITLE_HAN = 5;
const MAX_TITLE_LENGTH = 60;
const LEAD_TITLE_LENGTH = 40;
// A clause this poor in words (`12月17日至18日`) says nothing as a title.
const MIN_LEAD_CLAUSE_HAN = 8;

/**
 * Whether a line can be a headline.
 * @example isTitleCandidate('华为牵手青岛') // true
 * @example isTitleCandidate('热,折射出关注与期待。') // false
 */
export function isTitleCandidate(line: string): boolean {
  const text = unframe(line);
  const key = matchKey(text);
  if (hanCount(text) < MIN_TITLE_HAN || charLength(text) > MAX_TITLE_LENGTH) return false;
  if (foldWidth(text).includes('。') || isChromeKey(key) || isEdgeChromeKey(key)) return false;
  return !isCaptionLike(text) && !isMenuLike(text);
}

/**
 * The headline among `lines[0 .. headerEnd)`, skipping the metadata lines.
 * @example findTitle(['当前位置: 首页 > 新闻', '地方产业集群加速发展', '2024-01-22'], 3, [2]) // { title: '地方产业集群加速发展', index: 1 }
 */
export function findTitle(
  lines: readonly string[],
  headerEnd: number,
  metadataLines: readonly number[],
): TitleFinding | null {
  const anchors = metadataLines.filter((i) => i < headerEnd);
  let best: { index: number; distance: number; han: number } | null = null;
  for (const block of headlineBlocks(lines, Math.min(headerEnd, lines.length), new Set(metadataLines))) {
    const distance =
      anchors.length === 0 ? 0 : Math.min(...block.flatMap((c) => anchors.map((a) => visibleDistance(lines, c, a))));
    const first = block[0];
    if (first === undefined) continue;
    // On a tie the fuller line wins: a site name above an e-paper date line is
    // as close to the date as the headline below it, and a shortened copy of
    // the headline as close as the headline itself.
    const han = hanCount(lines[first] ?? '');
    if (!best || distance < best.distance || (distance === best.distance && han > best.han)) {
      best = { index: first, distance, han };
    }
  }
  return best ? { title: unframe(lines[best.index] ?? ''), index: best.index } : null;
}

/**
 * Runs of headline candidates not separated by metadata or chrome: a
 * headline with its subtitle lines, or a kicker with its headline.
 */
function headlineBlocks(lines: readonly string[], end: number, meta: ReadonlySet<number>): number[][] {
  const blocks: number[][] = [];
  let block: number[] = [];
  for (let i = 0; i < end; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    if (isTitleCandidate(line) && !meta.has(i)) block.push(i);
    else if (meta.has(i) || isChrome(line)) {
      if (block.length > 0) blocks.push(block);
      block = [];
    }
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

function isChrome(line: string): boolean {
  const key = matchKey(line);
  return isChromeKey(key) || isEdgeChromeKey(key);
}

/** 1 + the number of non-blank, non-chrome lines strictly between `a` and `b`. */
function visibleDistance(lines: readonly string[], a: number, b: number): number {
  let steps = 1;
  for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
    const line = lines[i] ?? '';
    if (line.trim() !== '' && !isChrome(line)) steps++;
  }
  return steps;
}

/**
 * A stand-in headline for a page that prints none: the lead's first sentence,
 * shortened at a clause boundary outside quotes (or cut, with `…`) to about
 * forty characters.
 * @example titleFromLead('南宁市将建设跨境产业合作区,推进与东盟的产业链互补。后文。') // '南宁市将建设跨境产业合作区,推进与东盟的产业链互补'
 */
export function titleFromLead(paragraph: string): string {
  const chars = [...unframe(paragraph)];
  let depth = 0;
  let lastClause = -1;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    if ('“「『（(《'.includes(c)) depth++;
    else if ('”」』）)》'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[。！？!?]/.test(c)) return finish(chars.slice(0, i), lastClause);
    else if (depth === 0 && /[，,；;：:]/.test(c) && i <= LEAD_TITLE_LENGTH) lastClause = i;
  }
  return finish(chars, lastClause);
}

function finish(sentence: string[], lastClause: number): string {
  if (sentence.length <= LEAD_TITLE_LENGTH) return sentence.join('');
  const clause = sentence.slice(0, Math.max(lastClause, 0)).join('');
  if (hanCount(clause) >= MIN_LEAD_CLAUSE_HAN) return clause;
  return `${sentence.slice(0, LEAD_TITLE_LENGTH).join('')}…`;
}
