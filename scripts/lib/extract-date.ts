/**
 * The publication date of a page. Dates are read only from date lines: lines
 * whose main content is a date, or where a date follows a publish label
 * (`发布时间:`, `時間 :`, `date`) or sits beside a source or author label.
 * Dates inside article sentences (`截至2024年3月底`, `2019年8月16日,…签署…。`)
 * are never publication dates.
 */
import { foldWidth, hanCount, isSentenceLike, charLength } from './line-shape.ts';

/** A calendar date found in a line, with its UTF-16 span. */
export interface DateMatch {
  iso: string;
  start: number;
  end: number;
}

/** The date chosen for a page and the lines that carried only date metadata. */
export interface DateFinding {
  date: string | null;
  lines: number[];
}

const YEAR_FIRST = /(?<!\d)(\d{4}) ?(?:年|[-/.]) ?(\d{1,2}) ?(?:月|[-/.]) ?(\d{1,2})(?!\d) ?日?/g;
const DAY_FIRST = /(?<!\d)(\d{1,2}) ?([./]) ?(\d{1,2}) ?\2 ?(\d{4})(?!\d)/g;
// Taiwan's Republic-of-China calendar: 114年11月19日 is 2025-11-19.
const ROC_YEAR = /(?<![\d年])(?:民国|民國)? ?(\d{2,3}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日/g;
const ROC_OFFSET = 1911;

const PUBLISH_LABEL = /(?:(?:[发發][布表]|更新|出版|刊[发發登]|上[线線]) ?)?(?:日期|[时時][间間]) ?: ?/g;
const DATE_LABEL = /^date\b ?:? ?/i;
const SIDE_LABEL = /[来來]源 ?:|作者|[记記]者|[编編][辑輯] ?:|[责責][编編]/;
// Residue that may sit on a date line besides the date: times, weekdays,
// labelled fields, hit counters, separators.
const RESIDUE = [
  /\d{1,2}:\d{2}(?::\d{2})?/g,
  /(星期|[礼禮]拜|周|週)[一二三四五六日天]/g,
  /(?:[来來]源|作者|[编編][辑輯]|[责責]任[编編][辑輯]|[责責][编編]) ?: ?\S*/g,
  /(?:[点點][击擊]|[阅閱][读讀]|[浏瀏][览覽])[量数數次]* ?:? ?\d*/g,
];
const MAX_DATE_LINE = 100;
const MAX_RESIDUE_HAN = 16;

/** Whether y-m-d is a real day in a plausible publication year. */
function isoIfValid(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Every complete calendar date in `text`: year-first (`2024-01-22`,
 * `2020年04月21日`, `2021/05/19`), day-first (`22.05.2020`, `19/04/2024`,
 * month-first when day-first is impossible) and, when `roc` is set, ROC years.
 * @example findDates('2020年04月21日 09:57') // [{ iso: '2020-04-21', start: 0, end: 11 }]
 */
export function findDates(text: string, roc = false): DateMatch[] {
  const folded = foldWidth(text);
  const found: DateMatch[] = [];
  const push = (m: RegExpMatchArray, iso: string | null): void => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (iso && !found.some((f) => start < f.end && end > f.start)) found.push({ iso, start, end });
  };
  for (const m of folded.matchAll(YEAR_FIRST)) push(m, isoIfValid(+m[1]!, +m[2]!, +m[3]!));
  for (const m of folded.matchAll(DAY_FIRST)) {
    push(m, isoIfValid(+m[4]!, +m[3]!, +m[1]!) ?? isoIfValid(+m[4]!, +m[1]!, +m[3]!));
  }
  if (roc) for (const m of folded.matchAll(ROC_YEAR)) push(m, isoIfValid(+m[1]! + ROC_OFFSET, +m[2]!, +m[3]!));
  return found.sort((a, b) => a.start - b.start);
}

/**
 * What a date line says besides its date, time, labels and counters
 * (often the publisher, printed bare).
 * @example dateLineResidue('2017/10/24 网易汽车 阅读:10128').trim() // '网易汽车'
 */
export function dateLineResidue(line: string): string {
  const folded = foldWidth(line);
  return residue(folded, findDates(folded, true)).replace(/[\s|\-–—]+/g, ' ');
}

/** The line with dates, publish labels and metadata fields removed. */
function residue(line: string, dates: DateMatch[]): string {
  let rest = line;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  rest = rest.replace(DATE_LABEL, ' ').replace(PUBLISH_LABEL, ' ');
  for (const p of RESIDUE) rest = rest.replace(p, ' ');
  return rest;
}

/** A line that can be metadata at all: short, and no sentence in it. */
function isShortField(line: string): boolean {
  return charLength(line) <= MAX_DATE_LINE && !isSentenceLike(line.replace(/[,，]\s*$/, ''));
}

/**
 * The date a line states as its main content, or null. `labelled` tells
 * whether it follows a publish label (which also admits ROC years).
 * @example dateOfLine('发布日期:2017-07-09 来源:常州日报') // { iso: '2017-07-09', labelled: true, only: true }
 * @example dateOfLine('截至2024年3月底,8个园区集聚了一批大项目。') // null
 */
export function dateOfLine(line: string): { iso: string; labelled: boolean; only: boolean } | null {
  const folded = foldWidth(line).trim();
  if (!isShortField(folded)) return null;
  const labelled = DATE_LABEL.test(folded) || new RegExp(PUBLISH_LABEL.source).test(folded);
  const dates = findDates(folded, true);
  const first = dates[0];
  if (!first) return null;
  const only = hanCount(residue(folded, dates)) <= MAX_RESIDUE_HAN;
  if (!labelled && !only) return null;
  // ROC years read as years only in a line that is plainly a date line.
  const gregorian = findDates(folded, false)[0];
  const iso = gregorian?.iso ?? (only ? first.iso : null);
  return iso ? { iso, labelled, only } : null;
}

/** Whether a line is nothing but a publish label waiting for its date on the next line. */
function isBareLabel(line: string): boolean {
  const folded = foldWidth(line).trim();
  return new RegExp(`^${PUBLISH_LABEL.source}$`).test(folded) || /^date ?:?$/i.test(folded);
}

/**
 * Find the publication date among the page's lines. Header lines (indexes
 * below `headerEnd`) win over the rest of the page, labelled dates over plain
 * date lines; outside the header a plain date line counts only beside a
 * source or author label. Returns the ISO date (or null)
 * and the indexes of lines that carried only date metadata.
 * @example findPublicationDate(['标题', '2021/05/19', '正文。'], 2).date // '2021-05-19'
 */
export function findPublicationDate(lines: readonly string[], headerEnd: number): DateFinding {
  let best: { iso: string; score: number } | null = null;
  const dateLines: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    let hit = dateOfLine(line);
    let labelled = hit?.labelled ?? false;
    if (!hit && isBareLabel(line)) {
      const next = nextNonBlank(lines, i);
      hit = next === -1 ? null : dateOfLine(lines[next] ?? '');
      if (hit?.only) dateLines.push(i, next);
      labelled = true;
    }
    if (!hit) continue;
    const inHeader = i < headerEnd;
    const score = scoreOf(labelled, inHeader, SIDE_LABEL.test(line));
    if (score === 0) continue;
    if (hit.only) dateLines.push(i);
    if (!best || score > best.score) best = { iso: hit.iso, score };
  }
  return { date: best?.iso ?? null, lines: [...new Set(dateLines)].sort((a, b) => a - b) };
}

// Header lines beat the rest of the page (a comment's timestamp is labelled
// too); within each, a publish label beats a bare date.
function scoreOf(labelled: boolean, inHeader: boolean, beside: boolean): number {
  if (inHeader) return labelled ? 4 : 3;
  return labelled ? 2 : beside ? 1 : 0;
}

function nextNonBlank(lines: readonly string[], from: number): number {
  for (let j = from + 1; j < lines.length; j++) if ((lines[j] ?? '').trim() !== '') return j;
  return -1;
}
