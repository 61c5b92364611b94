/**
 * `npm run ingest [-- --seeds DIR --out DIR --strict --no-cache]`: raw seed
 * pages in, MDX content collections out.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fingerprint, INGEST_CODE } from './lib/build-cache/fingerprint.ts';
import { atlasCacheDir } from './lib/build-cache/paths.ts';
import { prefillSeedCache } from './lib/ingest-prefill.ts';
import { runIngest, seedFiles } from './lib/run-ingest.ts';

// Below this many seeds, starting threads costs more than it saves.
const PREFILL_FROM = 200;

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: process.env.ATLAS_SEEDS ?? 'seeds' },
    out: { type: 'string', default: process.env.ATLAS_CONTENT ?? 'content' },
    strict: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
  },
});

const seedsDir = resolve(values.seeds);
const cacheDir = values['no-cache'] ? undefined : atlasCacheDir('ingest');
const files = seedFiles(seedsDir);
const workers = Math.min(availableParallelism(), 4);
if (cacheDir && files.length >= PREFILL_FROM && workers > 1) {
  // Every core reads seeds into the cache first; the ingest then finds them all there.
  await prefillSeedCache(seedsDir, files, cacheDir, fingerprint(process.cwd(), INGEST_CODE), workers);
}

const report = runIngest({ root: process.cwd(), seedsDir, outDir: resolve(values.out), cacheDir }, (line) =>
  /: (skipped|warning:) /.test(line) ? console.warn(line) : console.log(line),
);
if (values.strict && report.skipped.length > 0) process.exitCode = 1;
