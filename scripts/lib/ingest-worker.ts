/**
 * A worker thread of the seed-cache prefill (`ingest-prefill.ts`): ingests
 * and enriches its share of the seeds into the seed cache, exactly as the
 * ingest itself would on a cache miss, then says how many it did.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { sha256Hex } from './article-id.ts';
import { diskSeedCache } from './build-cache/disk-seed-cache.ts';
import { enrichWithGazetteer } from './enrich.ts';
import { ingestSeed } from './ingest-article.ts';
import { seedKey } from './ingest-corpus.ts';

/** What a worker is given. */
export interface PrefillJob {
  seedsDir: string;
  files: string[];
  cacheDir: string;
  codeVersion: string;
}

const job = workerData as PrefillJob;
const cache = diskSeedCache(job.cacheDir, job.codeVersion, { prune: false });
const enrich = enrichWithGazetteer();
for (const file of job.files) {
  const bytes = readFileSync(join(job.seedsDir, file));
  const key = seedKey(sha256Hex(bytes), file);
  const outcome = cache.outcome(key, () => ingestSeed(file, bytes));
  // The entry the ingest enriches is the seed's own, unchanged (a duplicate's winner is one of the seeds).
  if (outcome.ok)
    cache.enriched(key, () => enrich({ frontmatter: outcome.entry.frontmatter, body: outcome.entry.body }));
}
parentPort!.postMessage({ done: job.files.length });
