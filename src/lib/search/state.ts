/**
 * The search page's state lives in its URL (`?q=…&type=…&city=…`), so a
 * shared link shows the same results. Reading and writing it, plus the
 * filter names every indexed page uses.
 */
import { MAX_QUERY_LENGTH } from './query.ts';

/** The kinds of page search finds, as stored in the `type` filter (cluster pages are not indexed: see page-meta.ts). */
export const ENTRY_TYPES = ['article', 'city', 'park', 'industry'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** Filters indexed pages carry (`data-pagefind-filter`), in the order the page shows them. */
export const FILTER_KEYS = ['type', 'city', 'industry', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** What the reader asked for. `q` is kept as typed (cut to a sane length); filters are exact values. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
}

// Longer than any real value; stops a crafted URL from carrying megabytes into the page.
const MAX_PARAM_LENGTH = 4 * MAX_QUERY_LENGTH;

const cut = (v: string) => [...v].slice(0, MAX_PARAM_LENGTH).join('');

/**
 * The state of a URL's query string.
 * @example readState('?q=%E9%9B%86%E6%88%90&city=%E9%9D%92%E5%B2%9B') // { q: '集成', filters: { city: '青岛' } }
 */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = cut(value);
  }
  return { q: cut(params.get('q') ?? ''), filters };
}

/**
 * The query string of a state (`''` when empty), `q` first, filters in a fixed order.
 * @example stateToSearch({ q: 'Qingdao', filters: { type: 'city' } }) // '?q=Qingdao&type=city'
 */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether any filter is set. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => Boolean(state.filters[key]));
}
