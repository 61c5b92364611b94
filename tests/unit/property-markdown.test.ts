import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { MarkdownRenderer } from '@astrojs/internal-helpers/markdown';
import { isSatteriProcessor, satteri } from '@astrojs/markdown-satteri';
import fc from 'fast-check';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import type { ArticleEntry } from '../../scripts/lib/article-types.ts';
import { articleFiles } from '../../scripts/lib/content-files.ts';
import { enrichWithGazetteer } from '../../scripts/lib/enrich.ts';
import { ingestSeed } from '../../scripts/lib/ingest-article.ts';
import { toLines } from '../../scripts/lib/normalize.ts';
import type { Block, GarbledSpan } from '../../scripts/lib/types.ts';
import { encodedText, hostileLine, hostileText, runsOf, wellFormed } from '../helpers/arbitraries.ts';
import { makeFrontmatter } from '../helpers/frontmatter.ts';

// The site's own Markdown processor (Astro 7's default, Sätteri, when none is configured).
const processor = config.markdown?.processor ?? satteri();
if (!isSatteriProcessor(processor)) throw new Error(`unexpected Markdown processor ${processor.name}`);
let renderer: MarkdownRenderer;

beforeAll(async () => {
  // The renderer exactly as Astro builds it for Markdown content entries, with
  // the config's options and Astro's defaults for those it leaves out.
  renderer = await processor.createRenderer({
    // The site turns highlighting off; Astro's default is Shiki.
    syntaxHighlight: config.markdown?.syntaxHighlight === false ? false : 'shiki',
    gfm: config.markdown?.gfm ?? true,
    smartypants: config.markdown?.smartypants ?? true,
  });
});

/** The rendered page holds exactly the blocks, as text, in h2/p elements with span.garbled inside. */
function expectOnlyBlocks(html: string, blocks: Block[]): void {
  const root = parseHtml(html);
  const elements = root.childNodes.filter((n) => n.nodeType === 1) as HTMLElement[];
  expect(root.childNodes.filter((n) => n.nodeType !== 1).every((n) => n.rawText.trim() === '')).toBe(true);
  expect(elements.map((e) => e.tagName.toLowerCase())).toEqual(blocks.map((b) => (b.kind === 'heading' ? 'h2' : 'p')));
  elements.forEach((element, i) => {
    const block = blocks[i]!;
    expect(element.attributes).toEqual({ id: `p-${i + 1}` });
    expect(element.text).toBe(block.text);
    const inner = element.querySelectorAll('*');
    expect(
      inner.every(
        (s) =>
          s.tagName === 'SPAN' &&
          s.getAttribute('class') === 'garbled' &&
          s.attrs &&
          Object.keys(s.attributes).length === 1,
      ),
    ).toBe(true);
    expect(inner.map((s) => s.text)).toEqual(block.garbled.map((g) => block.text.slice(g.start, g.end)));
  });
}

/** Render every file as Astro renders a Markdown entry and check what it shows and what its frontmatter says. */
async function expectPagesOf(entry: ArticleEntry): Promise<void> {
  for (const file of articleFiles([entry])) {
    const { frontmatter, content } = parseFrontmatter(file.contents, { frontmatter: 'empty-with-spaces' });
    expect(frontmatter).toEqual(JSON.parse(JSON.stringify(entry.frontmatter)));
    // Astro's Markdown entry type renders the trimmed body.
    const { code } = await renderer.render(content.trim(), { frontmatter });
    const script = file.path.endsWith('zh-hant.md') ? 'hant' : 'hans';
    expectOnlyBlocks(code, entry.body[script]);
  }
}

/** Spans at code-point boundaries, sorted and apart, as the garbled-span finder makes them. */
function spansIn(text: string, cuts: number[]): GarbledSpan[] {
  const points = [0];
  for (const c of text) points.push(points[points.length - 1]! + c.length);
  const at = [...new Set(cuts.map((c) => points[c % points.length]!))].sort((a, b) => a - b);
  const spans: GarbledSpan[] = [];
  for (let i = 0; i + 1 < at.length; i += 2) if (at[i]! < at[i + 1]!) spans.push({ start: at[i]!, end: at[i + 1]! });
  return spans;
}

/**
 * Text as the ingest makes it: decoded (so no lone surrogates), normalised,
 * one line, never empty.
 */
const asIngested = (t: string): string => toLines(wellFormed(t)).join(' ').trim();
const blockText = hostileText(120)
  .map(asIngested)
  .filter((t) => t !== '');
const block: fc.Arbitrary<Block> = fc
  .tuple(blockText, fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }))
  .map(([text, heading, cuts]) => ({ kind: heading ? 'heading' : 'paragraph', text, garbled: spansIn(text, cuts) }));
const metaText = hostileLine.map(asIngested);

describe('the Markdown the ingest writes', () => {
  test('renders with Astro’s Markdown pipeline every hostile block as its own text, and nothing else', async () => {
    const entry = fc.record({
      hans: fc.array(block, { minLength: 1, maxLength: 6 }),
      title: metaText,
      source: metaText,
      author: metaText,
    });
    await fc.assert(
      fc.asyncProperty(entry, async ({ hans, title, source, author }) => {
        const frontmatter = makeFrontmatter({
          title: { hans: title || '题', hant: title || '題' },
          source,
          authors: [author],
        });
        await expectPagesOf({ frontmatter, body: { hans, hant: hans } });
      }),
      runsOf('hostile blocks to Markdown', 150),
    );
  });

  test('every page ingested from hostile bytes renders and shows only its text', async () => {
    const enrich = enrichWithGazetteer();
    await fc.assert(
      fc.asyncProperty(encodedText, async ({ bytes }) => {
        const outcome = ingestSeed('hostile.txt', bytes);
        if (outcome.ok) await expectPagesOf(enrich(outcome.entry));
      }),
      runsOf('hostile pages to Markdown', 150),
    );
  });
});
