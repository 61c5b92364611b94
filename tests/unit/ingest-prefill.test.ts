import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fingerprint, INGEST_CODE } from '../../scripts/lib/build-cache/fingerprint.ts';
import { generateSyntheticCorpus } from '../../scripts/lib/corpus/generate.ts';
import { prefillSeedCache, shares } from '../../scripts/lib/ingest-prefill.ts';
import { runIngest, seedFiles } from '../../scripts/lib/run-ingest.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-prefill-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file under a folder with its text, by relative path. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (path.isFile())
      out[join(path.parentPath, path.name).slice(dir.length + 1)] = readFileSync(
        join(path.parentPath, path.name),
        'utf8',
      );
  }
  return out;
}

describe('shares', () => {
  test('split a list into runs of nearly equal length, in order, none empty', () => {
    expect(shares([1, 2, 3, 4, 5], 2)).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(shares([1], 4)).toEqual([[1]]);
    expect(shares([], 2)).toEqual([]);
  });
});

describe('the seed-cache prefill', () => {
  test('fills the cache in worker threads so that the ingest writes exactly what it writes on its own', async () => {
    const seeds = join(root, 'seeds');
    mkdirSync(seeds, { recursive: true });
    for (const { file, bytes } of generateSyntheticCorpus({ articles: 24, seed: 7 }).files) {
      writeFileSync(join(seeds, file), bytes);
    }
    const alone = join(root, 'alone');
    runIngest({ root: process.cwd(), seedsDir: seeds, outDir: alone }, () => {});

    const cacheDir = join(root, 'cache');
    const files = seedFiles(seeds);
    const version = fingerprint(process.cwd(), INGEST_CODE);
    expect(await prefillSeedCache(seeds, files, cacheDir, version, 2)).toBe(files.length);
    const prefilled = join(root, 'prefilled');
    const lines: string[] = [];
    runIngest({ root: process.cwd(), seedsDir: seeds, outDir: prefilled, cacheDir }, (line) => lines.push(line));
    expect(tree(prefilled)).toEqual(tree(alone));
    // The ingest found every seed, and every kept article's entities, already in the cache.
    expect(lines.at(-1)).toMatch(/[1-9]\d* cache hits, 0 misses/);
  });
});
