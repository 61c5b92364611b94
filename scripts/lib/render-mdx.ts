/**
 * Renders an article entry as MDX: YAML frontmatter, then one JSX element
 * per block with a stable anchor (`id="p-N"`, N counting from 1).
 */
import { stringify } from 'yaml';
import type { ArticleFrontmatter } from './article-types.ts';
import { escapeMdxText } from './escape-mdx.ts';
import type { Block } from './types.ts';

/**
 * Frontmatter as YAML: keys in contract order, no line folding, so output is
 * stable. Both script versions carry the same frontmatter; the file name
 * (`zh-hans.mdx`, `zh-hant.mdx`) says which script the body is in.
 */
export function renderFrontmatter(frontmatter: object): string {
  // Strings are double-quoted: Astro reads frontmatter with a YAML 1.1 parser
  // that would turn an unquoted 2020-04-21 into a Date, and `no` into false.
  const yaml = stringify(frontmatter, {
    lineWidth: 0,
    aliasDuplicateObjects: false,
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
  });
  return `---\n${yaml}---\n`;
}

/** Render a block's text, wrapping damaged spans so pages can mark them. */
export function renderInline(block: Block): string {
  let out = '';
  let cursor = 0;
  for (const span of block.garbled) {
    out += escapeMdxText(block.text.slice(cursor, span.start));
    out += `<span class="garbled">${escapeMdxText(block.text.slice(span.start, span.end))}</span>`;
    cursor = span.end;
  }
  return out + escapeMdxText(block.text.slice(cursor));
}

/** Render one block as a single-line JSX element with its paragraph anchor. */
export function renderBlock(block: Block, index: number): string {
  const tag = block.kind === 'heading' ? 'h2' : 'p';
  return `<${tag} id="p-${index + 1}">${renderInline(block)}</${tag}>`;
}

/**
 * The whole MDX file for one script of an article. Both scripts' files carry
 * the same frontmatter: `rendered` is that frontmatter already rendered
 * (`renderFrontmatter(frontmatter)`), so an article's second file need not
 * render it again.
 * @example renderArticleMdx(fm, [{ kind: 'paragraph', text: '{x}', garbled: [] }])
 * // '---\n…---\n\n<p id="p-1">\\{x\\}</p>\n'
 */
export function renderArticleMdx(
  frontmatter: ArticleFrontmatter,
  blocks: Block[],
  rendered: string = renderFrontmatter(frontmatter),
): string {
  const body = blocks.map(renderBlock).join('\n\n');
  return `${rendered}\n${body}\n`;
}
