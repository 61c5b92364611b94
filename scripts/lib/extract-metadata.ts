/**
 * Metadata of a saved news page: headline, publication date, publisher and
 * byline, read from the lines of the page after decoding, normalisation and
 * pinyin repair. The page header is everything above the first body
 * paragraph; dates and headlines are read there, bylines and sources also in
 * short lines and closing brackets elsewhere, never from article sentences.
 */
import type { ArticleMetadata } from './types.ts';
import { isBoilerplateKey, isChromeKey } from './chrome-patterns.ts';
import { bracketedBylines, isBylineShaped, readByline } from './extract-byline.ts';
import { dateOfLine, findPublicationDate } from './extract-date.ts';
import {
  bestPublisher,
  labelledSource,
  leadPublisher,
  publisherBeforePublishLabel,
  publisherOnDateLine,
  RANK,
  type PublisherCandidate,
} from './extract-source.ts';
import { findTitle, titleFromLead } from './extract-title.ts';
import { charLength, firstIndexWhere, isBodyLike, isCaptionLike, matchKey, unframe } from './line-shape.ts';

/** Metadata plus whether the title had to be derived from the lead paragraph. */
export interface PageMetadata extends ArticleMetadata {
  /** True when the page prints no headline and `title` is the lead's first clause. */
  titleFromLead: boolean;
}

/** The header never runs longer than this many lines. */
const MAX_HEADER_LINES = 60;
/** Dates are looked for in at least this many non-blank lines from the top. */
const DATE_HEADER_LINES = 12;
/** A whole line that names only authors is dropped when it is this short. */
const MAX_BYLINE_ONLY = 40;
const SUMMARY = /^(摘要|导读|導讀|编者按|編者按|核心提示|内容提要|內容提要)/;

/**
 * Read title, date, publisher, authors and the metadata-only line indexes.
 * @example
 * extractMetadata(['当前位置: 首页 > 新闻', '临港打造集成电路产业高地', '2024年08月20日15:10 | 来源:解放网', '昨天下午,临港新片区举办东方芯港五周年大会,14个重点项目落地签约。'])
 * // { title: '临港打造集成电路产业高地', date: '2024-08-20', source: '解放网', authors: [], metadataLines: [2], titleFromLead: false }
 */
export function extractMetadata(lines: string[]): PageMetadata {
  const keys = lines.map(matchKey);
  const firstBody = firstIndexWhere(lines, (i) => isLeadCandidate(lines[i] ?? '', keys[i] ?? ''));
  const titleHeaderEnd = Math.min(firstBody, MAX_HEADER_LINES);
  const dateHeaderEnd = Math.max(titleHeaderEnd, nthNonBlankEnd(lines, DATE_HEADER_LINES));
  const dated = findPublicationDate(lines, dateHeaderEnd);
  const bylines = readBylines(lines, keys);
  const sources = readSources(lines, keys, dated.lines);
  const lead = lines[firstBody];
  if (lead !== undefined) {
    const name = leadPublisher(lead);
    if (name) sources.candidates.push({ name, rank: RANK.lead });
  }
  const metadataLines = [...new Set([...dated.lines, ...bylines.lines, ...sources.lines])].sort((a, b) => a - b);
  const found = findTitle(lines, titleHeaderEnd, metadataLines);
  const title = found?.title ?? (lead === undefined ? '' : titleFromLead(lead));
  return {
    title,
    date: dated.date,
    source: bestPublisher([...sources.candidates, ...bylines.publishers]),
    authors: [...new Set(bylines.authors)],
    metadataLines,
    titleFromLead: found === null && title !== '',
  };
}

/** The first paragraph of article text: body-like, not chrome, caption, summary or a long metadata line. */
function isLeadCandidate(line: string, key: string): boolean {
  if (!isBodyLike(line) || isChromeKey(key) || isCaptionLike(line) || SUMMARY.test(key)) return false;
  return dateOfLine(line) === null && labelledSource(line) === null;
}

/** Index just past the n-th non-blank line (or the page length). */
function nthNonBlankEnd(lines: readonly string[], n: number): number {
  let seen = 0;
  for (let i = 0; i < lines.length; i++) if ((lines[i] ?? '').trim() !== '' && ++seen === n) return i + 1;
  return lines.length;
}

interface Bylines {
  authors: string[];
  publishers: PublisherCandidate[];
  lines: number[];
}

/** Names from short byline lines and from brackets that open or close a paragraph. */
function readBylines(lines: readonly string[], keys: readonly string[]): Bylines {
  const out: Bylines = { authors: [], publishers: [], lines: [] };
  lines.forEach((line, i) => {
    if (isBoilerplateKey(keys[i] ?? '')) return;
    if (isBylineShaped(line)) {
      const { names, publisher } = readByline(unframe(line));
      out.authors.push(...names);
      if (publisher) out.publishers.push({ name: publisher, rank: RANK.beforeReporter });
      if (names.length > 0 && charLength(unframe(line)) <= MAX_BYLINE_ONLY) out.lines.push(i);
      return;
    }
    for (const group of bracketedBylines(line)) {
      const { names, publisher } = readByline(group);
      out.authors.push(...names);
      if (publisher) out.publishers.push({ name: publisher, rank: RANK.closing });
    }
  });
  return out;
}

/** Publisher candidates from labels, publish-label prefixes and date lines. */
function readSources(
  lines: readonly string[],
  keys: readonly string[],
  dateLines: readonly number[],
): { candidates: PublisherCandidate[]; lines: number[] } {
  const candidates: PublisherCandidate[] = [];
  const sourceLines: number[] = [];
  lines.forEach((line, i) => {
    if (isBoilerplateKey(keys[i] ?? '')) return;
    const labelled = labelledSource(line);
    if (labelled) candidates.push({ name: labelled.name, rank: RANK.label });
    if (labelled?.only) sourceLines.push(i);
    const before = publisherBeforePublishLabel(line);
    if (before) candidates.push({ name: before, rank: RANK.beforePublish });
  });
  for (const i of dateLines) {
    const bare = publisherOnDateLine(lines[i] ?? '');
    if (bare) candidates.push({ name: bare, rank: RANK.dateLine });
  }
  return { candidates, lines: sourceLines };
}
