/**
 * `node scripts/generate-corpus.ts --articles N --out DIR [--seed S]`: writes
 * a deterministic synthetic corpus of N raw seed pages to DIR, with its
 * manifest (what each page says) as `DIR/.manifest.json`, a dotfile the
 * ingest does not read. Files of an earlier run that the new corpus does not
 * have are removed, so DIR always holds exactly one corpus.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS_SEED, generateSyntheticCorpus } from './lib/corpus/generate.ts';

const GENERATED = /^\d{6}-[a-z0-9-]+\.txt$/;

function positiveInteger(name: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined && fallback !== undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`generate-corpus: --${name} must be a non-negative integer (got ${raw ?? 'nothing'})`);
    process.exit(2);
  }
  return value;
}

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
  },
});
if (values.out === undefined || values.articles === undefined) {
  console.error('usage: node scripts/generate-corpus.ts --articles N --out DIR [--seed S]');
  process.exit(2);
}
const articles = positiveInteger('articles', values.articles);
const seed = positiveInteger('seed', values.seed, DEFAULT_CORPUS_SEED);
const outDir = resolve(values.out);

const started = performance.now();
const corpus = generateSyntheticCorpus({ articles, seed });
mkdirSync(outDir, { recursive: true });
const keep = new Set(corpus.files.map((f) => f.file));
let removed = 0;
for (const name of readdirSync(outDir)) {
  if (GENERATED.test(name) && !keep.has(name)) {
    rmSync(join(outDir, name));
    removed++;
  }
}
let bytes = 0;
for (const { file, bytes: data } of corpus.files) {
  writeFileSync(join(outDir, file), data);
  bytes += data.length;
}
writeFileSync(
  join(outDir, '.manifest.json'),
  `${JSON.stringify({ seed, articles, files: corpus.manifest }, null, 1)}\n`,
);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const count = (kind: string): number => corpus.manifest.filter((m) => m.kind === kind).length;
console.log(
  `generate-corpus: ${articles} files (${count('article')} articles, ${count('duplicate')} duplicates, ` +
    `${count('bad')} bad) from seed ${seed}, ${(bytes / 1024 / 1024).toFixed(1)} MiB → ${values.out}` +
    `${removed > 0 ? ` (${removed} old files removed)` : ''} in ${seconds}s`,
);
