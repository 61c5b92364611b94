/**
 * When the search index is built: inside `astro build` (the default, so a
 * plain `npx astro build` gives a searchable site), or afterwards by the
 * caller, once Astro's process has exited (`ATLAS_SEARCH_INDEX=defer`, which
 * `scripts/build.ts` sets for its Astro child), so Astro's memory and the
 * indexer's never add up.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SEARCH_ROOT } from '../lib/search/bundle-path.ts';

/** Where the index is built: in Astro's `astro:build:done`, or by the caller after Astro. */
export type SearchIndexMode = 'build' | 'defer';

/** The environment variable that chooses the mode. */
export const SEARCH_INDEX_ENV = 'ATLAS_SEARCH_INDEX';

/**
 * The mode an environment asks for: unset or empty indexes inside the build,
 * `defer` leaves it to the caller. Any other value is an error, so a
 * misspelt setting cannot silently ship a site without search.
 * @example searchIndexMode({ ATLAS_SEARCH_INDEX: 'defer' }) // 'defer'
 */
export function searchIndexMode(env: Readonly<Record<string, string | undefined>>): SearchIndexMode {
  const value = env[SEARCH_INDEX_ENV]?.trim() ?? '';
  if (value === '') return 'build';
  if (value === 'defer') return 'defer';
  throw new Error(
    `pagefind: ${SEARCH_INDEX_ENV} is "${value}"; leave it unset to index in the build, or set it to "defer"`,
  );
}

/** The file that holds the search folder's place until the index is written. */
export const PENDING_FILE = 'index-pending.txt';

/**
 * Hold the search folder's place in a built site whose index comes later:
 * `_headers` (written next, in `astro:build:done`) gives a block to each top
 * folder it finds files in, and the bundles must fall under one. Indexing
 * replaces the whole folder, this file included.
 */
export async function reserveSearchFolder(site: string): Promise<string> {
  const folder = join(site, SEARCH_ROOT);
  await mkdir(folder, { recursive: true });
  const file = join(folder, PENDING_FILE);
  await writeFile(
    file,
    'The search index is built after the site (ATLAS_SEARCH_INDEX=defer); it replaces this folder.\n',
  );
  return file;
}
