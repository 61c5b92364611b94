import { describe, expect, test } from 'vitest';
import { composeArticle } from '../../scripts/lib/corpus/article.ts';
import { generateCorpus, generateSyntheticCorpus } from '../../scripts/lib/corpus/generate.ts';
import { createRandom } from '../../scripts/lib/corpus/random.ts';
import type { ManifestEntry } from '../../scripts/lib/corpus/types.ts';
import { loadVocabulary } from '../../scripts/lib/corpus/vocabulary.ts';
import { decode } from '../../scripts/lib/decode.ts';

const vocabulary = loadVocabulary();
type Page = Extract<ManifestEntry, { kind: 'article' | 'duplicate' }>;
const pages = (manifest: ManifestEntry[]): Page[] => manifest.filter((m): m is Page => m.kind !== 'bad');

describe('generateCorpus', () => {
  test('gives byte-identical files for the same size and seed, and other files for another seed', () => {
    const a = generateCorpus({ articles: 60, seed: 11 }, vocabulary);
    const b = generateCorpus({ articles: 60, seed: 11 }, vocabulary);
    const c = generateCorpus({ articles: 60, seed: 12 }, vocabulary);
    expect(a).toHaveLength(60);
    expect(b.map((f) => f.file)).toEqual(a.map((f) => f.file));
    a.forEach((file, i) => expect(Buffer.from(b[i]!.bytes).equals(Buffer.from(file.bytes))).toBe(true));
    const same = c.filter((file, i) => Buffer.from(file.bytes).equals(Buffer.from(a[i]!.bytes))).length;
    expect(same).toBeLessThan(3);
  });

  test('starts a larger corpus with the files of a smaller one', () => {
    const small = generateCorpus({ articles: 25, seed: 5 }, vocabulary);
    const large = generateCorpus({ articles: 80, seed: 5 }, vocabulary);
    small.forEach((file, i) => {
      expect(large[i]!.file).toBe(file.file);
      expect(Buffer.from(large[i]!.bytes).equals(Buffer.from(file.bytes))).toBe(true);
    });
  });

  test('names every file once and describes every file in the manifest', () => {
    const { files, manifest } = generateSyntheticCorpus({ articles: 300, seed: 3 }, vocabulary);
    expect(new Set(files.map((f) => f.file)).size).toBe(300);
    expect(manifest.map((m) => m.file)).toEqual(files.map((f) => f.file));
    for (const m of pages(manifest)) {
      if (m.kind === 'duplicate') expect(manifest.find((o) => o.file === m.duplicateOf)?.kind).toBe('article');
    }
  });

  test('makes about 1% bad files and about 5% duplicates, and the bad files are unreadable', () => {
    const { files, manifest } = generateSyntheticCorpus({ articles: 2000, seed: 9 }, vocabulary);
    const bad = manifest.filter((m) => m.kind === 'bad');
    const duplicates = manifest.filter((m) => m.kind === 'duplicate');
    expect(bad.length).toBeGreaterThanOrEqual(8);
    expect(bad.length).toBeLessThanOrEqual(40);
    expect(duplicates.length).toBeGreaterThanOrEqual(60);
    expect(duplicates.length).toBeLessThanOrEqual(140);
    for (const m of bad) expect(decode(files.find((f) => f.file === m.file)!.bytes).ok).toBe(false);
  });

  test('varies cities, scripts and industries: N=200 names 40+ cities and 15+ industries in both scripts', () => {
    const { manifest } = generateSyntheticCorpus({ articles: 200, seed: 1 }, vocabulary);
    const articles = pages(manifest);
    expect(new Set(articles.map((m) => m.cities[0])).size).toBeGreaterThanOrEqual(40);
    expect(new Set(articles.flatMap((m) => m.industries)).size).toBeGreaterThanOrEqual(15);
    const traditional = articles.filter((m) => m.script === 'hant').length / articles.length;
    expect(traditional).toBeGreaterThan(0.2);
    expect(traditional).toBeLessThan(0.4);
    expect(articles.some((m) => m.date === null)).toBe(true);
  });

  test('writes pages in UTF-8, UTF-16 and each script’s legacy encoding, all readable by the ingest decoder', () => {
    const { files, manifest } = generateSyntheticCorpus({ articles: 400, seed: 2 }, vocabulary);
    const encodings = new Set(pages(manifest).map((m) => m.encoding));
    for (const encoding of ['utf-8', 'utf-8-bom', 'utf-16le', 'gb18030', 'big5']) expect(encodings).toContain(encoding);
    pages(manifest).forEach((m) => {
      const decoded = decode(files.find((f) => f.file === m.file)!.bytes);
      expect(decoded.ok && decoded.text.includes(m.title)).toBe(true);
    });
  });

  test('writes Taiwan articles with Taiwan vocabulary and currency', () => {
    const { files, manifest } = generateSyntheticCorpus({ articles: 300, seed: 4 }, vocabulary);
    const texts = pages(manifest)
      .filter((m) => m.script === 'hant')
      .map((m) => decode(files.find((f) => f.file === m.file)!.bytes))
      .map((d) => (d.ok ? d.text : ''));
    expect(texts.some((t) => t.includes('新臺幣'))).toBe(true);
    expect(texts.some((t) => /智慧|資料|軟體|晶片|積體電路/.test(t))).toBe(true);
  });

  test('composes articles of 5 to 30 paragraphs and about 1.5 to 6 KB of body text', () => {
    const rnd = createRandom(77);
    for (let i = 0; i < 300; i++) {
      const article = composeArticle(rnd, vocabulary);
      expect(article.paragraphs.length).toBeGreaterThanOrEqual(5);
      expect(article.paragraphs.length).toBeLessThanOrEqual(30);
      const bytes = Buffer.byteLength(article.paragraphs.join('\n'));
      expect(bytes).toBeGreaterThan(1200);
      expect(bytes).toBeLessThan(7000);
    }
  });

  test('generates 2,000 pages in well under five seconds', () => {
    const started = performance.now();
    generateCorpus({ articles: 2000, seed: 6 }, vocabulary);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
