/**
 * The ingest of a whole corpus, still pure: seed files in, one entry per
 * article out, with every skipped seed and every merge accounted for.
 */
import type { ArticleEntry } from './article-types.ts';
import { dedupe } from './dedupe.ts';
import { ingestSeed, type IngestOptions } from './ingest-article.ts';
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
 * Ingest every seed, drop duplicates, then enrich what remains. Entries come
 * out sorted by id so that output order never depends on file order.
 */
export function ingestCorpus(seeds: SeedInput[], options: IngestOptions = {}, enrich?: Enrich): CorpusResult {
  const skipped: SkipReason[] = [];
  const parsed: (ArticleEntry & { id: string; file: string; paragraphs: string[] })[] = [];
  for (const seed of seeds) {
    const outcome = ingestSeed(seed.file, seed.bytes, options);
    if (!outcome.ok) {
      skipped.push({ file: outcome.file, reason: outcome.reason });
      continue;
    }
    const { frontmatter, body } = outcome.entry;
    const paragraphs = body[frontmatter.script].map((b) => b.text);
    parsed.push({ ...outcome.entry, id: frontmatter.id, file: seed.file, paragraphs });
  }
  const { kept, merged } = dedupe(parsed);
  const entries = kept
    .map(({ frontmatter, body }) => withDuplicates({ frontmatter, body }, merged))
    .map((e) => (enrich ? enrich(e) : e))
    .sort((a, b) => (a.frontmatter.id < b.frontmatter.id ? -1 : 1));
  skipped.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { entries, skipped, merged };
}

function withDuplicates(entry: ArticleEntry, merged: { file: string; into: string }[]): ArticleEntry {
  const duplicates = merged.filter((m) => m.into === entry.frontmatter.id).map((m) => m.file);
  return { ...entry, frontmatter: { ...entry.frontmatter, duplicates } };
}
