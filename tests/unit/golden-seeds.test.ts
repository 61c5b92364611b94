/**
 * Golden files: every sample seed's MDX pair, read through by a person and
 * checked in under tests/golden/<seed>/. A missing expectation is written
 * locally but fails under CI; a difference is saved beside the expectation as
 * `*-changed.mdx` for review.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleFiles } from '../../scripts/lib/content-files.ts';
import { ingestCorpus } from '../../scripts/lib/ingest-corpus.ts';
import { enrichWithGazetteer } from '../../scripts/lib/enrich.ts';
import { applyEnglishTitles } from '../../scripts/lib/english-titles.ts';
import { readEnglishTitles } from '../../scripts/lib/run-ingest.ts';

const seedsDir = 'seeds';
const goldenDir = 'tests/golden';
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
// The editor's English titles are part of what the ingest writes.
const english = readEnglishTitles(seedsDir, seeds);

describe('seed → MDX golden files', () => {
  test.each(seeds)('%s matches its checked-in MDX pair', (file) => {
    const result = ingestCorpus([{ file, bytes: readFileSync(join(seedsDir, file)) }], {}, enrichWithGazetteer());
    expect(result.skipped).toEqual([]);
    const caseDir = join(goldenDir, file.replace(/\.txt$/, ''));
    for (const generated of articleFiles(applyEnglishTitles(result.entries, english.titles))) {
      const name = generated.path.split('/').pop()!;
      const expectedPath = join(caseDir, name);
      const changedPath = expectedPath.replace(/\.mdx$/, '-changed.mdx');
      if (!existsSync(expectedPath)) {
        if (process.env.CI) throw new Error(`missing golden file ${expectedPath}; run the tests locally and review it`);
        mkdirSync(caseDir, { recursive: true });
        writeFileSync(expectedPath, generated.contents);
        continue;
      }
      const expected = readFileSync(expectedPath, 'utf8');
      if (expected === generated.contents) {
        rmSync(changedPath, { force: true });
      } else {
        writeFileSync(changedPath, generated.contents);
      }
      expect(generated.contents, `${expectedPath} differs; see ${changedPath}`).toBe(expected);
    }
  });
});
