/**
 * The ingest of a whole corpus, still pure: seed files in, one entry per
 * article out, with every skipped seed and every merge accounted for.
 */
import type { ArticleEntry } from './article-types.ts';
import { dedupe } from './dedupe.ts';
import { sha256Hex } from './article-id.ts';
import { ingestSeed, type IngestOptions, type IngestOutcome } from './ingest-article.ts';
import type { SkipReason } from './types.ts';

/** A seed file as read from disk. */
export interface SeedInput {
  file: string;
  bytes: Uint8Array;
}

/** What the ingest made of a corpus. */
export interface CorpusResult {
  entries: ArticleEntry[];
  skipped: SkipReason[];
  merged: { file: string; into: string }[];
}

/** Adds entities and figures to an entry (the gazetteer stage). */
export type Enrich = (entry: ArticleEntry) => ArticleEntry;

/**
 * Remembers the work done on each seed, keyed by the seed's SHA-256 (the
 * cache itself is keyed by the code version): a rebuild re-reads only seeds
 * it has not seen.
 */
export interface SeedCache {
  outcome(sha256: string, compute: () => IngestOutcome): IngestOutcome;
  enriched(sha256: string, compute: () => ArticleEntry): ArticleEntry;
}

/** The cache key of a seed: its bytes' hash, and its file name, which the entry records. */
export function seedKey(sha256: string, file: string): string {
  return `${sha256}-${sha256Hex(file).slice(0, 8)}`;
}

/** No cache: compute everything. */
export const NO_CACHE: SeedCache = { outcome: (_, compute) => compute(), enriched: (_, compute) => compute() };

/**
 * Ingest every seed, drop duplicates, then enrich what remains. Entries come
 * out sorted by id so that output order never depends on file order.
 */
export function ingestCorpus(
  seeds: SeedInput[],
  options: IngestOptions = {},
  enrich?: Enrich,
  cache: SeedCache = NO_CACHE,
): CorpusResult {
  const skipped: SkipReason[] = [];
  const parsed: (ArticleEntry & { id: string; file: string; paragraphs: string[] })[] = [];
  for (const seed of seeds) {
    const outcome = cache.outcome(seedKey(sha256Hex(seed.bytes), seed.file), () =>
      ingestSeed(seed.file, seed.bytes, options),
    );
    if (!outcome.ok) {
      skipped.push({ file: outcome.file, reason: outcome.reason });
      continue;
    }
    const { frontmatter, body } = outcome.entry;
    const paragraphs = body[frontmatter.script].map((b) => b.text);
    parsed.push({ ...outcome.entry, id: frontmatter.id, file: seed.file, paragraphs });
  }
  const { kept, merged } = dedupe(parsed);
  const duplicatesOf = new Map<string, string[]>();
  for (const m of merged) duplicatesOf.set(m.into, [...(duplicatesOf.get(m.into) ?? []), m.file]);
  const entries = kept
    .map(({ frontmatter, body }) => {
      const entry = { frontmatter, body };
      return enrich
        ? cache.enriched(seedKey(frontmatter.seed.sha256, frontmatter.seed.file), () => enrich(entry))
        : entry;
    })
    .map((e) => ({ ...e, frontmatter: { ...e.frontmatter, duplicates: duplicatesOf.get(e.frontmatter.id) ?? [] } }))
    .sort((a, b) => (a.frontmatter.id < b.frontmatter.id ? -1 : 1));
  skipped.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { entries, skipped, merged };
}
