import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { htmlFiles, readPage } from '../helpers/dist.ts';

const fixture = inject('fixture');
const log = readFileSync(fixture.ingestLog, 'utf8');
const report = JSON.parse(readFileSync(join(fixture.content, 'ingest-report.json'), 'utf8')) as {
  articles: number;
  skipped: { file: string; reason: string }[];
  merged: { file: string; into: string }[];
};

describe('bad seeds are skipped with a reason, and the rest builds', () => {
  test.each([
    ['empty.txt', /empty/],
    ['binary.bin.txt', /binary/],
    ['oversized.txt', /over the limit/],
  ])('%s is named in the build output with its reason', (file, reason) => {
    const line = log.split('\n').find((l) => l.includes(file));
    expect(line, `no message names ${file}`).toBeDefined();
    expect(line).toMatch(reason);
    expect(report.skipped.map((s) => s.file)).toContain(file);
  });

  test('every readable seed becomes an article page in both scripts', () => {
    expect(report.articles).toBe(5);
    const articlePages = htmlFiles(fixture.dist).filter((p) => /^(zh-hant\/)?articles\/[^/]+\/index\.html$/.test(p));
    expect(articlePages).toHaveLength(10);
  });

  test('two copies of one article become one entry', () => {
    expect(report.merged).toHaveLength(1);
    expect(['hefei-display.txt', 'hefei-display-copy.txt']).toContain(report.merged[0]!.file);
  });
});

describe('seed text that looks like code is shown as text', () => {
  const page = htmlFiles(fixture.dist)
    .filter((p) => p.startsWith('articles/'))
    .map((p) => readPage(fixture.dist, p))
    .find((doc) => doc.querySelector('h1')?.text.includes('示例产业园发布会'));

  test('the hostile article was built', () => {
    expect(page).toBeDefined();
  });

  test('no script, image or link from the seed becomes an element', () => {
    const article = page!.querySelector('article')!;
    expect(article.querySelectorAll('script')).toHaveLength(0);
    expect(article.querySelectorAll('img')).toHaveLength(0);
    expect(article.querySelectorAll('a').filter((a) => a.getAttribute('href')?.startsWith('javascript:'))).toEqual([]);
  });

  test('the markup, expressions and imports read exactly as in the seed', () => {
    const text = page!.querySelector('article')!.text;
    for (const literal of [
      "import x from 'y'",
      'export const answer = 42',
      '<img src=x onerror=alert(4)>',
      '{props.x}',
      '[链接](javascript:alert(3))',
      "{constructor.constructor('alert(5)')()}",
      '&amp;',
    ]) {
      expect(text).toContain(literal);
    }
  });
});

describe('the build report', () => {
  const buildReport = JSON.parse(readFileSync(join(fixture.dist, 'build-report.json'), 'utf8')) as typeof report;

  test('lists every skipped seed with its reason, so nothing disappears silently', () => {
    expect(buildReport.skipped.map((s) => s.file)).toEqual(['binary.bin.txt', 'empty.txt', 'oversized.txt']);
    for (const s of buildReport.skipped) expect(s.reason.length).toBeGreaterThan(10);
  });

  test('says so on the console too', () => {
    expect(log).toMatch(/3 seed\(s\) skipped; see .*build-report\.json/);
  });
});
