/**
 * Sizes of a built site on disk: its HTML pages, its whole size and the size
 * of its search index folder.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What a built folder holds. */
export interface DistStats {
  /** HTML files, as sorted `/`-separated paths relative to the folder. */
  htmlPaths: string[];
  /** Bytes of every file. */
  bytes: number;
  /** Bytes of every file under the search index folder. */
  searchIndexBytes: number;
}

/** Pagefind writes its bundle here (src/integrations/pagefind.ts). */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/**
 * Walk a built folder once.
 * @example distStats('/tmp/atlas-bench-100-x/dist').htmlPaths.length // 2272
 */
export function distStats(dist: string, searchFolder = SEARCH_INDEX_FOLDER): DistStats {
  const stats: DistStats = { htmlPaths: [], bytes: 0, searchIndexBytes: 0 };
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const path = relative(dist, full).split(sep).join('/');
    const size = statSync(full).size;
    stats.bytes += size;
    if (path.startsWith(`${searchFolder}/`)) stats.searchIndexBytes += size;
    else if (path.endsWith('.html')) stats.htmlPaths.push(path);
  }
  stats.htmlPaths.sort();
  return stats;
}
