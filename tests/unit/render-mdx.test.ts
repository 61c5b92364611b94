import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { renderArticleMdx, renderBlock, renderInline } from '../../scripts/lib/render-mdx.ts';
import { makeFrontmatter } from '../helpers/frontmatter.ts';

describe('renderBlock', () => {
  test('anchors every block as p-N, counting from 1', () => {
    expect(renderBlock({ kind: 'paragraph', text: '正文。', garbled: [] }, 0)).toBe('<p id="p-1">正文。</p>');
    expect(renderBlock({ kind: 'heading', text: '小标题', garbled: [] }, 4)).toBe('<h2 id="p-5">小标题</h2>');
  });

  test('wraps damaged spans and escapes the text inside and around them', () => {
    const html = renderInline({ kind: 'paragraph', text: 'a{??松}b', garbled: [{ start: 2, end: 5 }] });
    expect(html).toBe('a\\{<span class="garbled">??松</span>\\}b');
  });
});

describe('renderArticleMdx', () => {
  test('writes YAML frontmatter that parses back to the same values', () => {
    const fm = makeFrontmatter({ title: { hans: '---\nimport x', hant: '標題: {a}' } });
    const mdx = renderArticleMdx(fm, [{ kind: 'paragraph', text: '正文', garbled: [] }]);
    const [, yaml] = mdx.split(/^---$/m);
    expect(parse(yaml!)).toEqual(fm);
  });

  test('seed text that looks like code or markup stays inside escaped JSX blocks', () => {
    const hostile = [
      "import x from 'y'",
      'export const a = 1',
      '---',
      '# h',
      '<script>alert(1)</script>',
      '{alert(1)}',
    ];
    const mdx = renderArticleMdx(
      makeFrontmatter(),
      hostile.map((text) => ({ kind: 'paragraph' as const, text, garbled: [] })),
    );
    const body = mdx.slice(mdx.indexOf('---\n\n') + 5);
    for (const line of body.split('\n').filter(Boolean)) expect(line).toMatch(/^<p id="p-\d+">.*<\/p>$/);
    expect(body).not.toMatch(/(?<!\\)<script|(?<!\\)\{alert/);
  });

  test('is deterministic', () => {
    const blocks = [{ kind: 'paragraph' as const, text: '正文', garbled: [] }];
    expect(renderArticleMdx(makeFrontmatter(), blocks)).toBe(renderArticleMdx(makeFrontmatter(), blocks));
  });
});
