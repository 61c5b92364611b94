/**
 * A seed cache on disk: one JSON file per seed and stage, in a folder named
 * after the code version, so a change to the ingest's code or the gazetteer
 * starts a fresh cache and old results are never reused.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedCache } from '../ingest-corpus.ts';

/** Counts of what the cache saved, for the console. */
export interface CacheStats {
  hits: number;
  misses: number;
}

/**
 * The cache under `root/<codeVersion>/`. Other versions' folders are removed
 * so the cache does not grow without bound.
 */
export function diskSeedCache(root: string, codeVersion: string): SeedCache & { stats: CacheStats } {
  const dir = join(root, codeVersion.slice(0, 16));
  if (existsSync(root)) {
    for (const old of readdirSync(root)) if (join(root, old) !== dir) rmSync(join(root, old), { recursive: true });
  }
  mkdirSync(dir, { recursive: true });
  const stats: CacheStats = { hits: 0, misses: 0 };
  function memo<T>(stage: string, key: string, compute: () => T): T {
    const file = join(dir, `${key}.${stage}.json`);
    if (existsSync(file)) {
      stats.hits++;
      return JSON.parse(readFileSync(file, 'utf8')) as T;
    }
    stats.misses++;
    const value = compute();
    writeFileSync(file, JSON.stringify(value));
    return value;
  }
  return {
    stats,
    outcome: (key, compute) => memo('outcome', key, compute),
    enriched: (key, compute) => memo('enriched', key, compute),
  };
}
