/**
 * Ingesting a corpus on every core: before the ingest proper, worker threads
 * each take a share of the seeds and fill the seed cache with what the
 * ingest would compute for them (the decoded, cleaned, converted article
 * and its entities); the ingest then finds every seed in the cache and only
 * merges duplicates, aggregates and writes. Reading and enriching seeds was
 * most of the ingest's time (about 35 of 50 s at 10,000 articles).
 */
import { Worker } from 'node:worker_threads';
import type { PrefillJob } from './ingest-worker.ts';

/** Split `items` into `parts` runs of nearly equal length, in order. */
export function shares<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.ceil(items.length / Math.max(1, parts));
  return Array.from({ length: Math.ceil(items.length / size) || 0 }, (_, i) => items.slice(i * size, (i + 1) * size));
}

function runWorker(job: PrefillJob): Promise<number> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (message: { done: number }) => done(message.done));
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (code !== 0) fail(new Error(`an ingest worker stopped (exit code ${code})`));
    });
  });
}

/**
 * Fill the seed cache for `files` of `seedsDir` in `workers` threads;
 * resolves with how many seeds were read. A worker's error rejects it (the
 * ingest itself would meet the same error on the same seed).
 */
export async function prefillSeedCache(
  seedsDir: string,
  files: readonly string[],
  cacheDir: string,
  codeVersion: string,
  workers: number,
): Promise<number> {
  const jobs = shares(files, workers).map((part) => ({ seedsDir, files: part, cacheDir, codeVersion }));
  const counts = await Promise.all(jobs.map(runWorker));
  return counts.reduce((a, b) => a + b, 0);
}
