/**
 * The files of the generated article collection, as paths and contents.
 * Pure: the CLI writes them.
 */
import type { ArticleEntry } from './article-types.ts';
import { renderArticleMdx } from './render-mdx.ts';

/** A generated file, relative to the content folder. */
export interface ContentFile {
  path: string;
  contents: string;
}

/** The locale folder names used for each script's file. */
export const SCRIPT_FILE = { hans: 'zh-hans.mdx', hant: 'zh-hant.mdx' } as const;

/**
 * The two MDX files of every entry: `articles/<id>/zh-hans.mdx` and
 * `articles/<id>/zh-hant.mdx`, with the same frontmatter.
 */
export function articleFiles(entries: ArticleEntry[]): ContentFile[] {
  return entries.flatMap(({ frontmatter, body }) =>
    (['hans', 'hant'] as const).map((script) => ({
      path: `articles/${frontmatter.id}/${SCRIPT_FILE[script]}`,
      contents: renderArticleMdx(frontmatter, body[script]),
    })),
  );
}
