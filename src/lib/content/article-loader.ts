/**
 * The content loader of the article collection: `<base>/<id>/zh-hans.mdx`
 * and `zh-hant.mdx`, one entry each (`<id>/zh-hans`), the frontmatter
 * checked against the collection's schema and the MDX body compiled to HTML
 * here, once, into Astro's content store (see `mdx-html.ts` for why not as
 * modules). An entry whose file is unchanged since the last build is kept as
 * it is; entries whose files are gone are removed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFrontmatter, splitArticleFile } from './article-file.ts';
import { MDX_HTML_VERSION, mdxToHtml } from './mdx-html.ts';

/** The two files of every article, in script order. */
export const ARTICLE_FILES = ['zh-hans.mdx', 'zh-hant.mdx'] as const;

/**
 * The article files under a folder, as sorted `<id>/zh-hans.mdx` paths.
 * @example articleFiles('content/articles') // ['2020-04-21-6b53536a/zh-hans.mdx', '2020-04-21-6b53536a/zh-hant.mdx', …]
 */
export function articleFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((id) => ARTICLE_FILES.filter((f) => existsSync(join(dir, id, f))).map((f) => `${id}/${f}`));
}

/** The entry id of an article file: its path without the extension. */
export const entryId = (file: string): string => file.replace(/\.mdx$/, '');

async function loadArticles(dir: string, context: LoaderContext): Promise<void> {
  const { store, parseData, generateDigest, config } = context;
  const root = fileURLToPath(config.root);
  const untouched = new Set(store.keys());
  // Both scripts of an article carry the same frontmatter: checked once, for the first file.
  let last: { frontmatter: string; parsed: Record<string, unknown> } | null = null;
  for (const file of articleFiles(dir)) {
    const id = entryId(file);
    const filePath = join(dir, file);
    const text = readFileSync(filePath, 'utf8');
    const digest = generateDigest(`${MDX_HTML_VERSION}\n${text}`);
    untouched.delete(id);
    if (store.get(id)?.digest === digest) continue;
    const { frontmatter, body } = splitArticleFile(text, filePath);
    const parsed: Record<string, unknown> =
      last?.frontmatter === frontmatter
        ? last.parsed
        : await parseData({ id, data: parseFrontmatter(frontmatter, filePath), filePath });
    last = { frontmatter, parsed };
    const html = mdxToHtml(body, filePath);
    store.set({ id, data: parsed, filePath: relative(root, filePath), digest, rendered: { html } });
  }
  for (const id of untouched) store.delete(id);
}

/**
 * The loader for `content.config.ts`; `base` is relative to the project root
 * (or absolute). In the dev server, a change under it loads the collection again.
 */
export function articleLoader(base: string): Loader {
  // Astro calls `load` again when content is refreshed; one listener per watcher is enough.
  const watched = new WeakSet<object>();
  return {
    name: 'atlas:articles',
    load: async (context) => {
      const dir = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, context.config.root));
      await loadArticles(dir, context);
      const { watcher } = context;
      if (!watcher || watched.has(watcher)) return;
      watched.add(watcher);
      watcher.on('all', (_event, path) => {
        if (path.startsWith(dir) && path.endsWith('.mdx')) void loadArticles(dir, context);
      });
    },
  };
}
