import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, test } from 'vitest';
import { renderArticleMdx } from '../../scripts/lib/render-mdx.ts';
import { parseFrontmatter, splitArticleFile } from '../../src/lib/content/article-file.ts';
import { articleFiles, articleLoader, entryId } from '../../src/lib/content/article-loader.ts';
import { escapeHtml, mdxToHtml } from '../../src/lib/content/mdx-html.ts';
import { makeFrontmatter } from '../helpers/frontmatter.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('splitArticleFile and parseFrontmatter', () => {
  test('split off the frontmatter, read its fields and keep the body after it', () => {
    const file = renderArticleMdx(makeFrontmatter({ id: '2024-01-22-0a1b2c3d' }), [
      { kind: 'paragraph', text: '正文', garbled: [] },
    ]);
    const { frontmatter, body } = splitArticleFile(file, 'a/zh-hans.mdx');
    expect(parseFrontmatter(frontmatter, 'a/zh-hans.mdx')).toEqual(
      JSON.parse(JSON.stringify(makeFrontmatter({ id: '2024-01-22-0a1b2c3d' }))),
    );
    expect(body).toBe('\n<p id="p-1">正文</p>\n');
    expect(splitArticleFile(`\uFEFF${file}`, 'a/zh-hans.mdx')).toEqual({ frontmatter, body });
  });

  test('read YAML 1.2 types: unquoted dates and yes/no stay text, numbers are numbers', () => {
    expect(parseFrontmatter('date: 2020-04-21\nflag: no\nvalue: 2e9\nnone: null', 'a.mdx')).toEqual({
      date: '2020-04-21',
      flag: 'no',
      value: 2e9,
      none: null,
    });
  });

  test('name the file when there is no frontmatter, it is not YAML, or not a mapping', () => {
    expect(() => splitArticleFile('<p>x</p>', 'a/zh-hans.mdx')).toThrow(/a\/zh-hans\.mdx: no frontmatter/);
    expect(() => parseFrontmatter('id: [', 'b.mdx')).toThrow(/b\.mdx: the frontmatter is not valid YAML/);
    expect(() => parseFrontmatter('- 1', 'c.mdx')).toThrow(/c\.mdx: the frontmatter is not a mapping/);
  });
});

describe('mdxToHtml', () => {
  test('prints the blocks the ingest writes as the same HTML elements, text escaped as Astro escapes it', () => {
    const body =
      '<h2 id="p-1">标题</h2>\n\n<p id="p-2">\\{x\\} \\<b\\> & "q" \'s <span class="garbled">乱码</span></p>\n';
    expect(mdxToHtml(body, 'a.mdx')).toBe(
      '<h2 id="p-1">标题</h2>\n<p id="p-2">{x} &lt;b&gt; &amp; &quot;q&quot; &#39;s <span class="garbled">乱码</span></p>',
    );
  });

  test('prints void elements without a closing tag, and boolean and empty attributes as HTML does', () => {
    expect(mdxToHtml('<p>a<br />b<input disabled hidden={false} /></p>', 'a.mdx')).toBe(
      '<p>a<br>b<input disabled></p>',
    );
  });

  test('evaluates MDX expressions as MDX does, and prints their values as text', () => {
    expect(mdxToHtml('<p>{1 + 1} {"<i>"}</p>', 'a.mdx')).toBe('<p>2 &lt;i&gt;</p>');
  });

  test('refuses components and object attributes, naming the file, rather than dropping them', () => {
    expect(() => mdxToHtml('<Chart />', 'x/zh-hans.mdx')).toThrow(/x\/zh-hans\.mdx: .*component/);
    expect(() => mdxToHtml('<p style={{ color: "red" }}>a</p>', 'y.mdx')).toThrow(/y\.mdx: .*style/);
    expect(() => mdxToHtml('<p>{</p>', 'z.mdx')).toThrow(/z\.mdx: the MDX body cannot be rendered/);
  });

  test('escapeHtml escapes the five characters markup gives meaning to', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });
});

/** A content store and loader context good enough for the loader: entries in a Map. */
function fakeContext(parse: (data: Record<string, unknown>) => Record<string, unknown> = (d) => d) {
  const entries = new Map<string, Record<string, unknown>>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Record<string, unknown>) => entries.set(entry.id as string, entry),
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
  };
  let parsed = 0;
  const context = {
    store,
    config: { root: pathToFileURL(`${root}/`) },
    generateDigest: (text: string) => text,
    parseData: async ({ data }: { data: Record<string, unknown> }) => {
      parsed += 1;
      return parse(data);
    },
  } as unknown as LoaderContext;
  return { context, entries, parsed: () => parsed };
}

function writeArticle(dir: string, id: string, text: string): void {
  mkdirSync(join(dir, id), { recursive: true });
  const file = (body: string) =>
    renderArticleMdx(makeFrontmatter({ id }), [{ kind: 'paragraph', text: body, garbled: [] }]);
  writeFileSync(join(dir, id, 'zh-hans.mdx'), file(text));
  writeFileSync(join(dir, id, 'zh-hant.mdx'), file(`${text}（繁）`));
}

describe('the article loader', () => {
  test('lists each article folder’s two files in order, and names entries after them', () => {
    const dir = join(root, 'list');
    writeArticle(dir, '2024-02-01-bbbbbbbb', '乙');
    writeArticle(dir, '2024-01-01-aaaaaaaa', '甲');
    writeFileSync(join(dir, 'stray.mdx'), '');
    expect(articleFiles(dir)).toEqual([
      '2024-01-01-aaaaaaaa/zh-hans.mdx',
      '2024-01-01-aaaaaaaa/zh-hant.mdx',
      '2024-02-01-bbbbbbbb/zh-hans.mdx',
      '2024-02-01-bbbbbbbb/zh-hant.mdx',
    ]);
    expect(entryId('2024-01-01-aaaaaaaa/zh-hant.mdx')).toBe('2024-01-01-aaaaaaaa/zh-hant');
    expect(articleFiles(join(root, 'missing'))).toEqual([]);
  });

  test('stores checked frontmatter and the body as HTML; keeps unchanged entries and drops deleted ones', async () => {
    const dir = join(root, 'load');
    writeArticle(dir, '2024-01-01-aaaaaaaa', '甲 & 乙');
    writeArticle(dir, '2024-02-01-bbbbbbbb', '丙');
    const { context, entries, parsed } = fakeContext((d) => ({ ...d, checked: true }));
    await articleLoader(dir).load(context);
    expect([...entries.keys()].sort()).toHaveLength(4);
    const entry = entries.get('2024-01-01-aaaaaaaa/zh-hant')!;
    expect(entry.rendered).toEqual({ html: '<p id="p-1">甲 &amp; 乙（繁）</p>' });
    expect(entry).toMatchObject({ filePath: 'load/2024-01-01-aaaaaaaa/zh-hant.mdx', data: { checked: true } });
    // The two scripts of an article share their frontmatter: checked once.
    expect(parsed()).toBe(2);
    rmSync(join(dir, '2024-02-01-bbbbbbbb'), { recursive: true });
    await articleLoader(dir).load(context);
    expect(parsed()).toBe(2);
    expect([...entries.keys()].sort()).toEqual(['2024-01-01-aaaaaaaa/zh-hans', '2024-01-01-aaaaaaaa/zh-hant']);
  });

  test('a file that fails its schema or does not compile stops the load, naming the file', async () => {
    const dir = join(root, 'bad');
    writeArticle(dir, '2024-01-01-aaaaaaaa', '甲');
    writeFileSync(join(dir, '2024-01-01-aaaaaaaa', 'zh-hant.mdx'), '---\nid: "x"\n---\n\n<Unknown />\n');
    await expect(articleLoader(dir).load(fakeContext().context)).rejects.toThrow(/zh-hant\.mdx: .*component/);
    const failing = fakeContext(() => {
      throw new Error('date: invalid');
    });
    await expect(articleLoader(dir).load(failing.context)).rejects.toThrow(/date: invalid/);
  });
});
