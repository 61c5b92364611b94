import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { articleFiles } from '../../scripts/lib/content-files.ts';
import { enrichWithGazetteer } from '../../scripts/lib/enrich.ts';
import { ingestSeed } from '../../scripts/lib/ingest-article.ts';
import { ingestCorpus } from '../../scripts/lib/ingest-corpus.ts';
import type { ArticleEntry } from '../../scripts/lib/article-types.ts';
import { encodedText, hostileText, mixedBytes, runsOf, sentence } from '../helpers/arbitraries.ts';

const enrich = enrichWithGazetteer();

/** What every entry must look like, however hostile its seed. */
function expectWellFormed(entry: ArticleEntry): void {
  const { frontmatter, body } = entry;
  expect(frontmatter.id).toMatch(/^[a-z0-9-]+$/);
  if (frontmatter.date !== null)
    expect(new Date(`${frontmatter.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(frontmatter.date);
  expect(frontmatter.title.hans.length).toBeGreaterThan(0);
  expect(body.hans.length).toBe(body.hant.length);
  for (const block of body[frontmatter.script]) {
    expect(block.text).not.toMatch(/[\n\r]/);
    for (const span of block.garbled) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.end).toBeLessThanOrEqual(block.text.length);
    }
  }
  for (const figure of frontmatter.figures) {
    expect(Number.isFinite(figure.value)).toBe(true);
    expect(figure.paragraph).toBeGreaterThanOrEqual(1);
    expect(figure.paragraph).toBeLessThanOrEqual(body[frontmatter.script].length);
  }
}

/** The ingest of one seed, end to end: a well-formed entry with its two MDX files, or a reason. Returns whether it made an entry. */
function ingestFully(file: string, bytes: Uint8Array): boolean {
  const outcome = ingestSeed(file, bytes);
  if (!outcome.ok) {
    expect(outcome.file).toBe(file);
    expect(outcome.reason.length).toBeGreaterThan(10);
    return false;
  }
  const entry = enrich(outcome.entry);
  expectWellFormed(entry);
  expect(articleFiles([entry])).toHaveLength(2);
  return true;
}

describe('the ingest on hostile input', () => {
  test('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        ingestFully('bytes.txt', bytes);
      }),
      runsOf('arbitrary bytes', 200),
    );
  });

  test('never throws on hostile text in UTF-8, UTF-16, GB18030 or Big5, and most such pages make an article', () => {
    let made = 0;
    const { numRuns, seed } = runsOf('hostile text, encoded', 250);
    fc.assert(
      fc.property(encodedText, ({ bytes }) => {
        if (ingestFully('encoded.txt', bytes)) made++;
      }),
      { numRuns, seed },
    );
    // The generator must reach the whole pipeline, not only the refusals.
    expect(made / numRuns).toBeGreaterThan(0.4);
  });

  test('never throws on pages glued from two encodings or cut mid-character', () => {
    fc.assert(
      fc.property(mixedBytes, (bytes) => {
        ingestFully('mixed.txt', bytes);
      }),
      runsOf('mixed encodings', 100),
    );
  });

  test('stays fast and whole on very long lines', () => {
    const longPage = fc.tuple(
      fc.oneof({ weight: 3, arbitrary: sentence }, { weight: 1, arbitrary: hostileText(40) }),
      fc.integer({ min: 1_000, max: 200_000 }),
      sentence,
    );
    fc.assert(
      fc.property(longPage, ([chunk, times, lead]) => {
        const text = `很长的一行的标题\n${lead}\n${chunk.replace(/[\r\n\u2028\u2029\u0085\v\f]/gu, '').repeat(Math.ceil(times / Math.max(1, chunk.length)))}`;
        const started = performance.now();
        ingestFully('long.txt', new TextEncoder().encode(text));
        expect(performance.now() - started).toBeLessThan(5_000);
      }),
      runsOf('very long lines', 15),
    );
  });

  test('a corpus of hostile seeds ingests without throwing and accounts for every seed', () => {
    const seeds = fc.array(
      fc.oneof(
        encodedText.map(({ bytes }) => bytes),
        fc.uint8Array({ maxLength: 500 }),
        fc.tuple(sentence, hostileText(80)).map(([s, h]) => new TextEncoder().encode(`标题${h}\n${s}${h}\n${s}`)),
      ),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(seeds, (list) => {
        const input = list.map((bytes, i) => ({ file: `s${i}.txt`, bytes }));
        const result = ingestCorpus(input, {}, enrich);
        expect(result.entries.length + result.skipped.length + result.merged.length).toBe(input.length);
        result.entries.forEach(expectWellFormed);
        expect(articleFiles(result.entries)).toHaveLength(result.entries.length * 2);
      }),
      runsOf('hostile corpus', 60),
    );
  });
});
