import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { ArticleEntry } from '../../scripts/lib/article-types.ts';
import { applyEnglishTitles, ENGLISH_TITLES_FILE, parseEnglishTitles } from '../../scripts/lib/english-titles.ts';
import { readSeeds, runIngest } from '../../scripts/lib/run-ingest.ts';

const LABEL = 'seeds/english-titles.yaml';

describe('reading the English titles file', () => {
  test('maps each seed file named in it to its title, on one line', () => {
    const text = 'a.txt: Hefei adds a display module plant\nb.txt: >-\n  Wuxi chip makers\n  expand\n';
    const { titles, warnings } = parseEnglishTitles(text, ['a.txt', 'b.txt', 'c.txt'], LABEL);
    expect(warnings).toEqual([]);
    expect(titles.get('a.txt')).toBe('Hefei adds a display module plant');
    expect(titles.get('b.txt')).toBe('Wuxi chip makers expand');
    expect(titles.has('c.txt')).toBe(false);
  });

  test('warns about a key that names no seed, naming the file and the key, and keeps the rest', () => {
    const { titles, warnings } = parseEnglishTitles('a.txt: One\nmissing.txt: Two\n', ['a.txt'], LABEL);
    expect([...titles.keys()]).toEqual(['a.txt']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(LABEL);
    expect(warnings[0]).toContain('"missing.txt"');
  });

  test('leaves out empty, non-text and over-long titles with a warning each', () => {
    const text = `a.txt: ""\nb.txt: [x, y]\nc.txt: ${'word '.repeat(80)}\nd.txt: 2024\n`;
    const { titles, warnings } = parseEnglishTitles(text, ['a.txt', 'b.txt', 'c.txt', 'd.txt'], LABEL);
    expect(titles.size).toBe(0);
    expect(warnings.map((w) => /"(\w\.txt)"/.exec(w)?.[1])).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
  });

  test('gives no titles and one warning for text that is not a mapping or not YAML, without throwing', () => {
    for (const text of ['- a.txt\n- b.txt\n', 'just a sentence', 'a.txt: [unclosed\n', 'a.txt: x\na.txt: y\n']) {
      const { titles, warnings } = parseEnglishTitles(text, ['a.txt'], LABEL);
      expect(titles.size, text).toBe(0);
      expect(warnings, text).toHaveLength(1);
      expect(warnings[0], text).toContain(LABEL);
    }
  });

  test('an empty file is no titles and no warning', () => {
    expect(parseEnglishTitles('', ['a.txt'], LABEL)).toEqual({ titles: new Map(), warnings: [] });
    expect(parseEnglishTitles('# nothing yet\n', ['a.txt'], LABEL).warnings).toEqual([]);
  });
});

function entry(file: string, duplicates: string[] = []): ArticleEntry {
  return {
    frontmatter: { title: { hans: '标题', hant: '標題' }, seed: { file, sha256: 'x' }, duplicates },
    body: { hans: [], hant: [] },
  } as unknown as ArticleEntry;
}

describe('applying English titles', () => {
  test("sets title.en from the entry's own seed file and leaves the Chinese titles as they are", () => {
    const [out] = applyEnglishTitles([entry('a.txt')], new Map([['a.txt', 'Title A']]));
    expect(out?.frontmatter.title).toEqual({ hans: '标题', hant: '標題', en: 'Title A' });
  });

  test('uses the title given for a duplicate merged into the entry', () => {
    const [out] = applyEnglishTitles([entry('a.txt', ['a-copy.txt'])], new Map([['a-copy.txt', 'Copy title']]));
    expect(out?.frontmatter.title.en).toBe('Copy title');
  });

  test('leaves an entry without a title untouched', () => {
    const original = entry('b.txt');
    expect(applyEnglishTitles([original], new Map([['a.txt', 'Title A']]))[0]).toBe(original);
  });
});

describe('the ingest with an English titles file', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-english-titles-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const seeds = join(root, 'seeds');
  const out = join(root, 'content');
  const cacheDir = join(root, 'cache');
  mkdirSync(seeds);
  const page = [
    '示例新区集成电路产业园开工',
    '',
    '2023-04-05 来源:示例日报',
    '',
    '示例新区集成电路产业园今天开工,总投资12亿元。',
  ];
  writeFileSync(join(seeds, 'park.txt'), page.join('\n'));

  const frontmatterOf = () => {
    const [id] = readdirSync(join(out, 'articles'));
    return readFileSync(join(out, 'articles', id!, 'zh-hans.mdx'), 'utf8').split('\n---\n')[0]!;
  };
  const ingest = () => {
    const lines: string[] = [];
    const report = runIngest({ root: process.cwd(), seedsDir: seeds, outDir: out, cacheDir }, (l) => lines.push(l));
    return { report, lines };
  };

  test('is not read as a seed', () => {
    writeFileSync(join(seeds, ENGLISH_TITLES_FILE), 'park.txt: A park breaks ground\n');
    expect(readSeeds(seeds).map((s) => s.file)).toEqual(['park.txt']);
  });

  test('writes the title into the frontmatter and warns about unknown keys by name', () => {
    writeFileSync(join(seeds, ENGLISH_TITLES_FILE), 'park.txt: A park breaks ground\ngone.txt: Nobody\n');
    const { report, lines } = ingest();
    expect(report.articles).toBe(1);
    expect(frontmatterOf()).toMatch(/\n {2}en: "A park breaks ground"\n/);
    expect(report.warnings).toHaveLength(1);
    expect(lines.some((l) => l.includes('warning') && l.includes(ENGLISH_TITLES_FILE) && l.includes('gone.txt'))).toBe(
      true,
    );
  });

  test('a changed title reaches the content even when every seed comes from the cache', () => {
    writeFileSync(join(seeds, ENGLISH_TITLES_FILE), 'park.txt: An industrial park breaks ground\n');
    const { lines } = ingest();
    expect(frontmatterOf()).toContain('en: "An industrial park breaks ground"');
    expect(lines.at(-1)).toMatch(/[1-9]\d* cache hits/);
  });

  test('without the file the article has no English title', () => {
    rmSync(join(seeds, ENGLISH_TITLES_FILE));
    ingest();
    expect(frontmatterOf()).not.toMatch(/\n {2}en:/);
  });
});
