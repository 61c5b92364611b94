/**
 * The options the search page gives Pagefind. Besides the ranking, it runs
 * Pagefind on the page itself rather than in its shared worker: the worker
 * is one more script (about 43 KB, 13 KB compressed) fetched before the
 * first search can start, to spare a main thread that a single query on a
 * search page does not strain.
 */
import { RANKING } from './rank.ts';

/** What `pagefind.options()` is called with. */
export interface PagefindOptions {
  baseUrl: string;
  ranking: typeof RANKING;
  noWorker: boolean;
}

/**
 * Pagefind's options for a site deployed under `base` (result URLs are made relative to it).
 * @example pagefindOptions('/atlas/').noWorker // true
 */
export function pagefindOptions(base: string): PagefindOptions {
  return { baseUrl: base, ranking: RANKING, noWorker: true };
}
