/**
 * The files of the generated article collection, as paths and contents.
 * Pure: the CLI writes them.
 */
import type { EntityTables } from './aggregate/types.ts';
import type { ArticleEntry } from './article-types.ts';
import { renderArticleMdx, renderFrontmatter } from './render-mdx.ts';

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

/** The entity collections, written as MDX files that carry only frontmatter. */
export const ENTITY_SECTIONS = ['cities', 'parks', 'industries', 'clusters'] as const;

/** One `<section>/<id>.mdx` file per entity record. */
export function entityFiles(tables: EntityTables, section: (typeof ENTITY_SECTIONS)[number]): ContentFile[] {
  return tables[section].map((record) => ({
    path: `${section}/${record.id}.mdx`,
    contents: renderFrontmatter(record),
  }));
}
