/**
 * Searching in the browser: loads Pagefind from the site's bundle (its index
 * for this page's `<html lang>`), folds the query into the locale's script and
 * vocabulary (a regional term is searched as the locale's words for it, which
 * the pages using it are indexed under too), and merges the results.
 * Everything heavy (Pagefind, the folding table, the converter) loads on the
 * first query that needs it.
 */
import { localizedPath, type Locale } from '../i18n/locales.ts';
import { bundleUrl, FILTER_VALUES_FILE } from '../lib/search/bundle-path.ts';
import { pagefindOptions } from '../lib/search/engine-options.ts';
import type { FilterValues } from '../lib/search/filter-values.ts';
import { expandQuery, mayConvert, needsPhrases, type FoldingTable } from '../lib/search/folding.ts';
import { mergeResults } from '../lib/search/merge.ts';
import { hasHan, normalizeQuery } from '../lib/search/query.ts';
import type { ResultData } from '../lib/search/result-rows.ts';
import type { FilterKey } from '../lib/search/state.ts';
import { loadConverter, type Convert, type ConverterKind } from './search-convert.ts';

/** The data Pagefind returns for one page (or park directory: see `result-rows.ts`). */
export interface PageData extends ResultData {
  filters: Record<string, string[] | undefined>;
}

/** One search hit, its data loaded on demand. */
export interface Hit {
  id: string;
  score: number;
  data(): Promise<PageData>;
}

interface PagefindResults {
  results: Hit[];
}

interface Pagefind {
  init(): Promise<void>;
  options(options: object): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindResults | null>;
}

/** What a search found, and which queries were run for it. */
export interface Outcome {
  queries: (string | null)[];
  hits: Hit[];
}

/** A search engine for one locale of a site deployed under `base`. */
export interface Engine {
  search(query: string, filters: Partial<Record<FilterKey, string>>): Promise<Outcome>;
  filterValues(): Promise<FilterValues>;
  /** The queries actually searched for an input (after script and vocabulary folding). */
  variants(query: string): Promise<string[]>;
  /** Start loading Pagefind (when the reader is about to type), so the first query is quicker. */
  warm(): void;
}

/** Create the engine; nothing loads until it is first used. */
export function createEngine(locale: Locale, base: string): Engine {
  let pagefind: Promise<Pagefind> | undefined;
  let table: Promise<FoldingTable | null> | undefined;
  const converters = new Map<ConverterKind, Promise<Convert>>();

  // A failed load is forgotten, so the next query tries again (a flaky connection, a deploy in progress).
  const loadPagefind = () =>
    (pagefind ??= (async () => {
      const api = (await import(/* @vite-ignore */ `${bundleUrl(base, locale)}pagefind.js`)) as Pagefind;
      await api.options(pagefindOptions(base));
      return api;
    })().catch((error: unknown) => {
      pagefind = undefined;
      throw error;
    }));

  // Without the table a query is searched as typed: folding is a help, not a requirement.
  const loadTable = () =>
    (table ??= fetch(localizedPath(locale, 'search/folding.json', base))
      .then((r) => (r.ok ? (r.json() as Promise<FoldingTable>) : null))
      .catch(() => null));

  const converter = (kind: ConverterKind) => {
    let loaded = converters.get(kind);
    if (!loaded) {
      loaded = loadConverter(kind);
      converters.set(kind, loaded);
      loaded.catch(() => converters.delete(kind));
    }
    return loaded;
  };

  /** The smallest converter that converts this query exactly. */
  const converterFor = (query: string, folding: FoldingTable): ConverterKind => {
    const phrases = needsPhrases(query, folding);
    if (folding.script === 'hans') return phrases ? 'to-hans-phrases' : 'to-hans-characters';
    return phrases ? 'to-hant-phrases' : 'to-hant-characters';
  };

  /** The query in the table's script; as typed if the converter cannot be loaded. */
  async function convert(query: string, folding: FoldingTable): Promise<string> {
    if (!hasHan(query) || !mayConvert(query, folding)) return query;
    try {
      return (await converter(converterFor(query, folding)))(query);
    } catch {
      return query;
    }
  }

  async function variants(input: string): Promise<string[]> {
    const query = normalizeQuery(input);
    const wantsTable = hasHan(query) || (locale === 'en' && /[a-z]/i.test(query));
    const folding = wantsTable ? await loadTable() : null;
    if (!folding) return [query];
    const converted = await convert(query, folding);
    return expandQuery(converted, folding);
  }

  async function search(input: string, filters: Partial<Record<FilterKey, string>>): Promise<Outcome> {
    const [api, queries] = await Promise.all([
      loadPagefind(),
      input.trim() ? variants(input) : Promise.resolve([null]),
    ]);
    const defined = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
    const found = await Promise.all(queries.map((q) => api.search(q, { filters: defined })));
    return { queries, hits: mergeResults(found.map((r) => r?.results ?? [])) };
  }

  const warm = () =>
    void loadPagefind()
      .then((api) => api.init())
      .catch(() => undefined);

  // The values listed at build time, not Pagefind's filters(), which downloads every filter chunk.
  const filterValues = async (): Promise<FilterValues> => {
    const response = await fetch(`${bundleUrl(base, locale)}${FILTER_VALUES_FILE}`);
    if (!response.ok) throw new Error(`search filters: HTTP ${response.status}`);
    return (await response.json()) as FilterValues;
  };

  return { search, variants, warm, filterValues };
}
