/**
 * When the search index is built: inside `astro build`, or afterwards by the
 * caller once Astro's process has exited (`ATLAS_SEARCH_INDEX=defer`, which
 * `scripts/build.ts` sets for its Astro child), so Astro's memory and the
 * indexer's never add up. See `defer.ts`.
 */
import { SEARCH_ROOT } from '../lib/search/bundle-path.ts';
import { reserveFolder, stepMode, type StepMode } from './defer.ts';

/** Where the index is built: in Astro's `astro:build:done`, or by the caller after Astro. */
export type SearchIndexMode = StepMode;

/** The environment variable that chooses the mode. */
export const SEARCH_INDEX_ENV = 'ATLAS_SEARCH_INDEX';

/** The step's name in the build log. */
export const SEARCH_INDEX_STEP = 'search index';

/**
 * The mode an environment asks for (see `stepMode`).
 * @example searchIndexMode({ ATLAS_SEARCH_INDEX: 'defer' }) // 'defer'
 */
export function searchIndexMode(env: Readonly<Record<string, string | undefined>>): SearchIndexMode {
  return stepMode(env, SEARCH_INDEX_ENV, SEARCH_INDEX_STEP);
}

/** The file that holds the search folder's place until the index is written. */
export const PENDING_FILE = 'index-pending.txt';

/** Hold the search folder's place; indexing replaces the whole folder, this file included. */
export function reserveSearchFolder(site: string): Promise<string> {
  return reserveFolder(
    site,
    SEARCH_ROOT,
    PENDING_FILE,
    'The search index is built after the site (ATLAS_SEARCH_INDEX=defer); it replaces this folder.',
  );
}
