/**
 * How finely Pagefind splits its word index. It packs words, in sorted
 * order, into chunks of at least 20,000 locations (a page listing of a word
 * counts one, each occurrence one), and a search downloads every chunk that
 * holds one of its words. So a query word shares its download with whatever
 * sorts beside it: at 10,000 articles 集成 (15,000 locations) came with
 * 集群, which every article repeats (47,000), and 集成电路 fetched 115 KB of
 * index for 38 KB of its own words. Smaller chunks cost a longer chunk list
 * in the metadata every search loads (about 13 bytes a chunk, compressed);
 * at 10,000 locations a chunk the first search on 集成电路 fetched 48 KB of
 * index and 4 KB more metadata (measured at 10,000 articles; 5,000 saved no more).
 *
 * Pagefind 1.6 reads the size from `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` in
 * its service's environment, which it inherits from this process when it is
 * started. The variable is marked unstable, so the version is pinned and
 * `search-index-chunking.test.ts` checks that it still takes effect.
 */

/** Locations per word-index chunk the atlas asks Pagefind for (its default is 20,000). */
export const INDEX_CHUNK_LOCATIONS = 10_000;

/** The environment variable Pagefind's service reads the chunk size from. */
export const CHUNK_SIZE_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * Run `start` (which starts a Pagefind service) with the chunk size in the
 * environment, putting back whatever the variable held before, so nothing
 * else this process starts inherits it.
 * @example const { index } = await withChunkSize(10_000, () => pagefind.createIndex({}))
 */
export async function withChunkSize<T>(locations: number, start: () => Promise<T>): Promise<T> {
  if (!Number.isInteger(locations) || locations < 1)
    throw new Error(`pagefind: chunk size must be a positive whole number, not ${locations}`);
  const before = process.env[CHUNK_SIZE_ENV];
  process.env[CHUNK_SIZE_ENV] = String(locations);
  try {
    return await start();
  } finally {
    if (before === undefined) delete process.env[CHUNK_SIZE_ENV];
    else process.env[CHUNK_SIZE_ENV] = before;
  }
}
