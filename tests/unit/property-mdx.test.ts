import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { isSatteriProcessor, satteri } from '@astrojs/markdown-satteri';
import fc from 'fast-check';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { parseFrontmatter as readFrontmatter, splitArticleFile } from '../../src/lib/content/article-file.ts';
import { MDX_FEATURES, mdxToHtml } from '../../src/lib/content/mdx-html.ts';
import type { ArticleEntry } from '../../scripts/lib/article-types.ts';
import { articleFiles } from '../../scripts/lib/content-files.ts';
import { enrichWithGazetteer } from '../../scripts/lib/enrich.ts';
import { ingestSeed } from '../../scripts/lib/ingest-article.ts';
import { toLines } from '../../scripts/lib/normalize.ts';
import type { Block, GarbledSpan } from '../../scripts/lib/types.ts';
import { encodedText, hostileLine, hostileText, runsOf, wellFormed } from '../helpers/arbitraries.ts';
import { makeFrontmatter } from '../helpers/frontmatter.ts';

// The site's own Markdown processor (Astro 7's default, Sätteri, when none is configured), with the
// features @astrojs/mdx gives it: GFM and smart punctuation are on unless the processor turns them off.
const processor = config.markdown?.processor ?? satteri();
if (!isSatteriProcessor(processor)) throw new Error(`unexpected Markdown processor ${processor.name}`);
const configured = processor.options.features;
const features = {
  ...configured,
  gfm: typeof configured.gfm === 'object' ? configured.gfm : configured.gfm !== false,
  smartPunctuation:
    typeof configured.smartPunctuation === 'object'
      ? configured.smartPunctuation
      : configured.smartPunctuation !== false,
};
let compileAsAstro: (content: string, path: string, frontmatter: Record<string, unknown>) => Promise<{ code: string }>;

beforeAll(async () => {
  // The MDX pipeline exactly as @astrojs/mdx builds it for content collections.
  const renderer = await processor.createMdxRenderer!(
    { syntaxHighlight: false, gfm: features.gfm !== false, smartypants: features.smartPunctuation !== false },
    { optimize: false },
  );
  compileAsAstro = (content, path, frontmatter) => renderer.process(content, path, frontmatter);
});

/** The HTML a page shows for an MDX file: its body as the article loader compiles it. */
function renderMdx(mdx: string, path: string): string {
  return mdxToHtml(splitArticleFile(mdx, path).body, path);
}

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

/** Compile every file as Astro does and check what it would render and what its frontmatter says. */
async function expectPagesOf(entry: ArticleEntry): Promise<void> {
  const files = articleFiles([entry]);
  for (const file of files) {
    const { frontmatter, content } = parseFrontmatter(file.contents, { frontmatter: 'empty-with-spaces' });
    expect(frontmatter).toEqual(JSON.parse(JSON.stringify(entry.frontmatter)));
    expect(readFrontmatter(splitArticleFile(file.contents, file.path).frontmatter, file.path)).toEqual(frontmatter);
    const { code } = await compileAsAstro(content, `/content/${file.path}`, frontmatter);
    // Nothing from the seed becomes an import, an export or a component.
    const imports = [...code.matchAll(/^import .* from ["']([^"']+)["'];?$/gm)].map((m) => m[1]);
    expect(imports.every((source) => source === 'astro/jsx-runtime')).toBe(true);
    expect(code).not.toMatch(/_missingMdxReference|^export (?!const frontmatter|function getHeadings)/m);
    const script = file.path.endsWith('zh-hant.mdx') ? 'hant' : 'hans';
    expectOnlyBlocks(renderMdx(file.contents, file.path), entry.body[script]);
  }
  expect((globalThis as { __atlasPwned?: unknown }).__atlasPwned).toBeUndefined();
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

describe('the MDX the ingest writes', () => {
  test('is compiled by the article loader with the features astro.config.mjs gives Markdown', () => {
    expect(features).toMatchObject(MDX_FEATURES);
  });

  test('compiles with Astro’s MDX pipeline and renders every hostile block as its own text, and nothing else', async () => {
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
      runsOf('hostile blocks to MDX', 150),
    );
  });

  test('every page ingested from hostile bytes compiles and shows only its text', async () => {
    const enrich = enrichWithGazetteer();
    await fc.assert(
      fc.asyncProperty(encodedText, async ({ bytes }) => {
        const outcome = ingestSeed('hostile.txt', bytes);
        if (outcome.ok) await expectPagesOf(enrich(outcome.entry));
      }),
      runsOf('hostile pages to MDX', 150),
    );
  });
});
