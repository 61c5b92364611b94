import { describe, expect, test } from 'vitest';
import { generateSyntheticCorpus } from '../../scripts/lib/corpus/generate.ts';
import type { ManifestEntry } from '../../scripts/lib/corpus/types.ts';
import { loadVocabulary } from '../../scripts/lib/corpus/vocabulary.ts';
import { enrichWithGazetteer } from '../../scripts/lib/enrich.ts';
import { ingestCorpus } from '../../scripts/lib/ingest-corpus.ts';

// The generator knows what every page says; the real ingest must read it back.
const { files, manifest } = generateSyntheticCorpus({ articles: 100, seed: 20240820 }, loadVocabulary());
const result = ingestCorpus(files, {}, enrichWithGazetteer());
const truth = new Map(manifest.map((m) => [m.file, m]));
type Page = Extract<ManifestEntry, { kind: 'article' | 'duplicate' }>;
const readable = manifest.filter((m): m is Page => m.kind !== 'bad');
const entries = result.entries.map((entry) => ({ entry, expected: truth.get(entry.frontmatter.seed.file) as Page }));

function share(predicate: (e: (typeof entries)[number]) => boolean): number {
  return entries.filter(predicate).length / entries.length;
}

describe('the ingest over a generated corpus of 100 pages', () => {
  test('ingests at least 90% of the readable pages and skips every bad file', () => {
    const skipped = new Set(result.skipped.map((s) => s.file));
    const ingested = readable.filter((m) => !skipped.has(m.file)).length;
    expect(ingested / readable.length).toBeGreaterThanOrEqual(0.9);
    for (const m of manifest) if (m.kind === 'bad') expect(skipped).toContain(m.file);
    expect(entries.every((e) => e.expected !== undefined)).toBe(true);
  });

  test('merges each duplicate page into the entry of the article it repeats', () => {
    const duplicates = readable.filter((m) => m.kind === 'duplicate');
    expect(duplicates.length).toBeGreaterThan(0);
    for (const duplicate of duplicates) {
      const entry = result.entries.find((e) =>
        [e.frontmatter.seed.file, ...e.frontmatter.duplicates].includes(duplicate.file),
      );
      expect(
        entry?.frontmatter.seed.file === duplicate.duplicateOf ||
          entry?.frontmatter.duplicates.includes(duplicate.duplicateOf),
      ).toBe(true);
    }
    expect(result.entries.length).toBe(readable.length - duplicates.length);
  });

  test('extracts the generated headline and date for at least 95% of the articles', () => {
    expect(
      share(({ entry, expected }) => entry.frontmatter.title[entry.frontmatter.script] === expected.title),
    ).toBeGreaterThanOrEqual(0.95);
    expect(share(({ entry, expected }) => entry.frontmatter.date === expected.date)).toBeGreaterThanOrEqual(0.95);
    expect(share(({ entry, expected }) => entry.frontmatter.script === expected.script)).toBeGreaterThanOrEqual(0.95);
  });

  test('never invents a date for a page that prints none', () => {
    const undated = entries.filter(({ expected }) => expected.date === null);
    expect(undated.length).toBeGreaterThan(0);
    for (const { entry } of undated) expect(entry.frontmatter.date).toBeNull();
  });

  test('reads the printed publisher and byline for most articles', () => {
    expect(share(({ entry, expected }) => entry.frontmatter.source === expected.source)).toBeGreaterThanOrEqual(0.85);
    expect(
      share(({ entry, expected }) => JSON.stringify(entry.frontmatter.authors) === JSON.stringify(expected.authors)),
    ).toBeGreaterThanOrEqual(0.9);
  });

  test('links the intended cities, the main city first, for at least 95% of the articles', () => {
    expect(
      share(({ entry, expected }) => expected.cities.every((c) => entry.frontmatter.cities.includes(c))),
    ).toBeGreaterThanOrEqual(0.95);
    expect(share(({ entry, expected }) => entry.frontmatter.cities[0] === expected.cities[0])).toBeGreaterThanOrEqual(
      0.9,
    );
  });

  test('links the industries the text names for at least 90% of the articles', () => {
    expect(
      share(({ entry, expected }) => expected.industries.every((i) => entry.frontmatter.industries.includes(i))),
    ).toBeGreaterThanOrEqual(0.9);
  });
});
