import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { renderArticleMarkdown, renderBlock, renderInline } from '../../scripts/lib/render-markdown.ts';
import { makeFrontmatter } from '../helpers/frontmatter.ts';

describe('renderBlock', () => {
  test('anchors every block as p-N, counting from 1', () => {
    expect(renderBlock({ kind: 'paragraph', text: '正文。', garbled: [] }, 0)).toBe('<p id="p-1">正文。</p>');
    expect(renderBlock({ kind: 'heading', text: '小标题', garbled: [] }, 4)).toBe('<h2 id="p-5">小标题</h2>');
  });

  test('wraps damaged spans and escapes the text inside and around them', () => {
    const html = renderInline({ kind: 'paragraph', text: 'a<??松>b', garbled: [{ start: 2, end: 5 }] });
    expect(html).toBe('a&lt;<span class="garbled">??松</span>&gt;b');
  });
});

describe('renderArticleMarkdown', () => {
  test('writes YAML frontmatter that parses back to the same values', () => {
    const fm = makeFrontmatter({ title: { hans: '---\nimport x', hant: '標題: {a}' } });
    const markdown = renderArticleMarkdown(fm, [{ kind: 'paragraph', text: '正文', garbled: [] }]);
    const [, yaml] = markdown.split(/^---$/m);
    expect(parse(yaml!)).toEqual(fm);
  });

  test('seed text that looks like code or markup stays inside escaped one-line HTML blocks', () => {
    const hostile = [
      "import x from 'y'",
      'export const a = 1',
      '---',
      '# h',
      '<script>alert(1)</script>',
      '{alert(1)}',
      'line\n\n* item',
    ];
    const markdown = renderArticleMarkdown(
      makeFrontmatter(),
      hostile.map((text) => ({ kind: 'paragraph' as const, text, garbled: [] })),
    );
    const body = markdown.slice(markdown.indexOf('---\n\n') + 5);
    const lines = body.split('\n').filter(Boolean);
    expect(lines).toHaveLength(hostile.length);
    for (const line of lines) expect(line).toMatch(/^<p id="p-\d+">[^<>]*<\/p>$/);
  });

  test('is deterministic', () => {
    const blocks = [{ kind: 'paragraph' as const, text: '正文', garbled: [] }];
    expect(renderArticleMarkdown(makeFrontmatter(), blocks)).toBe(renderArticleMarkdown(makeFrontmatter(), blocks));
  });
});
