/**
 * What the search page lists for one search result: the page itself or,
 * for a park directory (`park-directory.ts`), each of its parks the search
 * found, linked to the park's own page. A query finds the parks under whose
 * heading its words are (Pagefind's sub-results), keeping those that hold
 * the most of its words; a search by filters alone lists them all. A chosen industry keeps only the parks filed under it, since a
 * directory is filed under all of its parks' industries.
 */
import { escapeXml } from '../charts/markup.ts';
import { DIRECTORY_META } from './park-directory.ts';
import type { FilterKey } from './state.ts';

/** An element with an `id` in an indexed page, as Pagefind reports it. */
export interface Anchor {
  id: string;
  text?: string;
  location: number;
}

/** The part of a page under one heading that matched (Pagefind's sub-result). */
export interface SubResult {
  title: string;
  excerpt: string;
  /** Word positions of the hits in it. */
  locations: number[];
  anchor?: Anchor;
}

/** What rows are made from: Pagefind's data for one result. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  /** The indexed text, its words as Pagefind counts them (see `contentWords`). */
  raw_content?: string;
  sub_results?: SubResult[];
  anchors?: Anchor[];
}

/** One line of the results list. */
export interface ResultRow {
  url: string;
  title: string;
  type: string | undefined;
  date: string | undefined;
  /** HTML as Pagefind writes excerpts: escaped text, hits in `<mark>`. */
  excerpt: string;
}

/** A directory's parks and their industries; an unreadable list is an empty one. */
function directoryIndustries(listed: string): Record<string, string[]> {
  try {
    const parsed = JSON.parse(listed) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string[]>) : {};
  } catch {
    return {};
  }
}

const clean = (text: string) => text.replaceAll('\u200b', '').trim();

/**
 * The words of an indexed text, numbered as Pagefind's locations number
 * them: split at its zero-width spaces where it has any (it segmented
 * Chinese), else at white space.
 * @example contentWords('集成\u200b电路\u200b产业') // ['集成', '电路', '产业']
 */
export function contentWords(raw: string): string[] {
  return raw.includes('\u200b') ? raw.split('\u200b') : raw.split(/[^\S\uFEFF]+/);
}

const wordKey = (word: string) => word.toLowerCase().replace(/[\s\p{P}]+/gu, '');

/**
 * The sections that hold the most different words of the query, those with
 * the most hits first (a park named by the query says it in its heading and
 * its names). Pagefind finds a page holding every word of the query, but
 * each section may hold only some: for 集成电路产业园, 复旦科技园 holds only
 * 园, and is not what was asked for.
 */
function bestCovered(found: SubResult[], raw: string | undefined): SubResult[] {
  if (raw === undefined || found.length < 2) return found;
  const words = contentWords(raw);
  const covered = found.map((s) => new Set(s.locations.map((l) => wordKey(words[l] ?? '')).filter((w) => w)).size);
  const most = Math.max(...covered);
  const best = found.filter((_, i) => covered[i] === most);
  return best.sort((a, b) => b.locations.length - a.locations.length);
}

/** What a park found by filters alone shows under its name: its industries, or else its city. */
const summary = (industries: readonly string[], data: ResultData) =>
  (industries.length > 0 ? industries : (data.filters?.city ?? [])).join(' · ');

/** The parks of a directory the search found (all of them when it found none by name), each with its excerpt. */
function foundParks(data: ResultData, industries: Record<string, string[]>) {
  const listed = (id: string | undefined): id is string => id !== undefined && Object.hasOwn(industries, id);
  const found = bestCovered(
    (data.sub_results ?? []).filter((s) => listed(s.anchor?.id)),
    data.raw_content,
  );
  if (found.length > 0)
    return found.map((s) => ({ id: s.anchor!.id, title: s.anchor!.text ?? s.title, excerpt: s.excerpt }));
  return (data.anchors ?? [])
    .filter((a) => listed(a.id))
    .sort((a, b) => a.location - b.location)
    .map((a) => ({ id: a.id, title: a.text ?? a.id, excerpt: escapeXml(summary(industries[a.id]!, data)) }));
}

/**
 * The rows of one result, for a site deployed under `base`.
 * @example resultRows({ url: '/atlas/cities/hefei/', excerpt: '…', meta: { title: '合肥市', type: 'city' } }, '/atlas/', {})
 *   // [{ url: '/atlas/cities/hefei/', title: '合肥市', type: 'city', … }]
 */
export function resultRows(data: ResultData, base: string, filters: Partial<Record<FilterKey, string>>): ResultRow[] {
  const listed = data.meta[DIRECTORY_META];
  if (listed === undefined)
    return [
      {
        url: data.url,
        title: data.meta.title || data.url,
        type: data.meta.type,
        date: data.meta.date,
        excerpt: data.excerpt,
      },
    ];
  const industries = directoryIndustries(listed);
  const root = base.endsWith('/') ? base : `${base}/`;
  const industry = filters.industry;
  return foundParks(data, industries)
    .filter((park) => !industry || industries[park.id]?.includes(industry))
    .map((park) => ({
      url: `${root}${park.id}`,
      title: clean(park.title),
      type: 'park',
      date: undefined,
      excerpt: park.excerpt,
    }));
}
