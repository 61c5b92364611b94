/**
 * Chrome stripping: keep the article's own lines, drop the page around it.
 *
 * A line is dropped when it is
 * - a metadata line, the headline or a repeat of it;
 * - chrome vocabulary (`chrome-patterns.ts`) anywhere on the page;
 * - a "related reading" heading or one of the link lines that follow it;
 * - in the header (above the first body paragraph): section/site names and
 *   menus, any non-body line above the headline, a fragment of the headline;
 * - in the footer (below the last body paragraph): section names, addresses,
 *   and, when the footer holds any chrome at all, every line that is not a
 *   sentence (slogans, logos);
 * - an exact repeat of a line kept earlier (captions printed twice).
 * Every other line is kept as one paragraph, in order, short subheadings
 * and Q&A lines included.
 */
import type { ArticleMetadata } from './types.ts';
import { isChromeKey, isEdgeChromeKey, RELATED_HEADING } from './chrome-patterns.ts';
import {
  firstIndexWhere,
  hanCount,
  isBodyLike,
  isSentenceLike,
  lastIndexWhere,
  matchKey,
  unframe,
} from './line-shape.ts';

/** The article's paragraphs and how many non-blank page lines were dropped. */
export interface StrippedPage {
  paragraphs: string[];
  chromeLinesDropped: number;
}

/** A header line this long or longer that the headline contains is a shortened headline. */
const MIN_TITLE_FRAGMENT_HAN = 6;

interface PageView {
  lines: readonly string[];
  keys: readonly string[];
  chrome: readonly boolean[];
  titleKey: string;
  titleAt: number;
  first: number;
  last: number;
  footerHasChrome: boolean;
  related: ReadonlySet<number>;
}

/**
 * Drop page chrome, keeping every line of the article as a paragraph.
 * @example
 * stripChrome(['当前位置: 首页 > 新闻', '临港打造产业高地', '2024-08-20 来源:解放网', '昨天下午,临港新片区举办大会。', '返回顶部'],
 *   { title: '临港打造产业高地', date: '2024-08-20', source: '解放网', authors: [], metadataLines: [2] })
 * // { paragraphs: ['昨天下午,临港新片区举办大会。'], chromeLinesDropped: 4 }
 */
export function stripChrome(lines: string[], meta: ArticleMetadata): StrippedPage {
  const view = viewPage(lines, meta);
  const paragraphs: string[] = [];
  const kept = new Set<string>();
  let chromeLinesDropped = 0;
  lines.forEach((line, i) => {
    const key = view.keys[i] ?? '';
    if (line.trim() === '') return;
    // A line of nothing but table borders is chrome too.
    if (key === '' || isDropped(view, i) || kept.has(key)) {
      chromeLinesDropped++;
      return;
    }
    kept.add(key);
    paragraphs.push(unframe(line));
  });
  return { paragraphs, chromeLinesDropped };
}

function viewPage(lines: readonly string[], meta: ArticleMetadata): PageView {
  const keys = lines.map(matchKey);
  const metadata = new Set(meta.metadataLines);
  const chrome = keys.map((key, i) => key !== '' && (metadata.has(i) || isChromeKey(key)));
  const isBody = (i: number): boolean => !chrome[i] && isBodyLike(lines[i] ?? '');
  const first = firstIndexWhere(lines, isBody);
  const last = lastIndexWhere(lines, isBody);
  const titleKey = matchKey(meta.title);
  return {
    lines,
    keys,
    chrome,
    titleKey,
    titleAt: titleKey === '' ? -1 : keys.indexOf(titleKey),
    first,
    last,
    footerHasChrome: chrome.some((c, i) => c && i > last),
    related: relatedListLines(keys, isBody),
  };
}

function isDropped(view: PageView, i: number): boolean {
  const key = view.keys[i] ?? '';
  if (view.chrome[i] || view.related.has(i) || key === view.titleKey) return true;
  if (i < view.first) return isHeaderChrome(view, i, key);
  if (i > view.last) return isEdgeChromeKey(key) || (view.footerHasChrome && !isSentenceLike(view.lines[i] ?? ''));
  return false;
}

function isHeaderChrome(view: PageView, i: number, key: string): boolean {
  if (isEdgeChromeKey(key)) return true;
  if (i < view.titleAt && !isBodyLike(view.lines[i] ?? '')) return true;
  return hanCount(key) >= MIN_TITLE_FRAGMENT_HAN && view.titleKey.includes(key);
}

/**
 * Lines of "related reading" lists: the heading and the link lines after it,
 * up to the next body paragraph.
 */
function relatedListLines(keys: readonly string[], isBody: (i: number) => boolean): Set<number> {
  const related = new Set<number>();
  let inList = false;
  keys.forEach((key, i) => {
    if (RELATED_HEADING.test(key)) {
      inList = true;
      related.add(i);
    } else if (inList && isBody(i)) inList = false;
    else if (inList && key !== '') related.add(i);
  });
  return related;
}
