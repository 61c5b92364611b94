import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isChromeKey } from '../../scripts/lib/chrome-patterns.ts';
import { toHant } from '../../scripts/lib/convert-script.ts';
import { ingestSeed } from '../../scripts/lib/ingest-article.ts';
import { matchKey } from '../../scripts/lib/line-shape.ts';
import type { Script } from '../../scripts/lib/types.ts';
import { CHROME_ANYWHERE, chromePage, runsOf, type ChromePage } from '../helpers/arbitraries.ts';

/** A page as saved: in one script, with the site's indentation and line endings. */
const savedPage = fc.record({
  page: chromePage,
  script: fc.constantFrom<Script>('hans', 'hant'),
  indent: fc.constantFrom('', '\u3000\u3000', '    ', '| '),
  gap: fc.constantFrom('\n', '\r\n', '\n\n', '\n \n'),
});

function ingestPage({ page, script, indent, gap }: { page: ChromePage; script: Script; indent: string; gap: string }) {
  const write = (text: string): string => (script === 'hant' ? toHant(text) : text);
  const text = page.lines.map((line) => `${indent}${write(line)}`).join(gap);
  const outcome = ingestSeed('page.txt', new TextEncoder().encode(text));
  if (!outcome.ok) throw new Error(`page refused: ${outcome.reason}`);
  const { frontmatter, body } = outcome.entry;
  return { frontmatter, paragraphs: body[frontmatter.script].map((b) => b.text), write };
}

describe('cleaning a page of its chrome', () => {
  test('the chrome vocabulary of the generator is chrome wherever it stands', () => {
    for (const line of CHROME_ANYWHERE) expect([line, isChromeKey(matchKey(line))]).toEqual([line, true]);
  });

  test('never drops a body sentence, and keeps them in order, in either script', () => {
    fc.assert(
      fc.property(savedPage, (saved) => {
        const { paragraphs, write } = ingestPage(saved);
        const sentences = saved.page.sentences.map(write);
        const found = sentences.map((s) => paragraphs.indexOf(s));
        expect(found.filter((i) => i < 0)).toEqual([]);
        expect(found).toEqual([...found].sort((a, b) => a - b));
      }),
      runsOf('body sentences survive chrome stripping', 250),
    );
  });

  test('drops every line that is chrome wherever it stands', () => {
    fc.assert(
      fc.property(savedPage, (saved) => {
        const { paragraphs, write } = ingestPage(saved);
        for (const line of saved.page.chrome) expect(paragraphs).not.toContain(write(line));
      }),
      runsOf('chrome lines are dropped', 100),
    );
  });

  test('reads the headline of a page with chrome around it', () => {
    fc.assert(
      fc.property(savedPage, (saved) => {
        const { frontmatter, write } = ingestPage(saved);
        expect(frontmatter.title[frontmatter.script]).toBe(write(saved.page.title));
      }),
      runsOf('headline under chrome', 100),
    );
  });
});
