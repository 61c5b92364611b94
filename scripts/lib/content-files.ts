/**
 * The files of the generated collections, as paths and contents: articles as
 * MDX (they have a body), entities as JSON data files (they have none).
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
  return entries.flatMap(({ frontmatter, body }) => {
    const rendered = renderFrontmatter(frontmatter);
    return (['hans', 'hant'] as const).map((script) => ({
      path: `articles/${frontmatter.id}/${SCRIPT_FILE[script]}`,
      contents: renderArticleMdx(frontmatter, body[script], rendered),
    }));
  });
}

/** The entity collections, written as JSON data files (`src/content.config.ts` globs `*.json`). */
export const ENTITY_SECTIONS = ['cities', 'parks', 'industries', 'clusters'] as const;

/**
 * A record as the text of its data file: JSON indented by two spaces, keys in
 * the record's order, with a final newline, so a re-ingest diffs line by line.
 * JSON rather than YAML: no value can turn into a date or a boolean the way
 * YAML 1.1 reads an unquoted `2020-04-21` or `no`.
 * @example renderDataFile({ id: 'qingdao', name: { hans: '青岛市' } })
 * // '{\n  "id": "qingdao",\n  "name": {\n    "hans": "青岛市"\n  }\n}\n'
 */
export function renderDataFile(record: object): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/**
 * One `<section>/<id>.json` file per entity record. An entity has no body, so
 * it is data: Astro's glob loader reads it into its data store instead of
 * compiling and bundling an MDX module per entry.
 */
export function entityFiles(tables: EntityTables, section: (typeof ENTITY_SECTIONS)[number]): ContentFile[] {
  return tables[section].map((record) => ({
    path: `${section}/${record.id}.json`,
    contents: renderDataFile(record),
  }));
}
