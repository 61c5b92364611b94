/**
 * Where the build keeps its caches: beside Astro's own cache (ATLAS_CACHE
 * when set, so fixture builds and benchmarks keep theirs apart).
 */
import { join, resolve } from 'node:path';

/** The folder of one of the atlas's caches (`ingest`, `build`, `og` …). */
export function atlasCacheDir(name: string): string {
  const astroCache = process.env.ATLAS_CACHE;
  return resolve(astroCache ? join(astroCache, 'atlas', name) : join('node_modules', '.cache', 'atlas', name));
}
