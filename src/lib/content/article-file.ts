/**
 * An article file (`content/articles/<id>/zh-hans.mdx`) as its parts: the
 * YAML frontmatter, parsed, and the MDX body after it.
 */
import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The parts of an article file. */
export interface ArticleFile {
  /** The frontmatter as parsed YAML, not yet checked against the schema. */
  data: Record<string, unknown>;
  /** The MDX body. */
  body: string;
}

/**
 * Split an article file into its frontmatter and body; throws, naming `file`,
 * when there is no frontmatter or it is not a YAML mapping.
 * @example splitArticleFile('---\nid: "x"\n---\n\n<p id="p-1">…</p>\n', 'x/zh-hans.mdx') // { data: { id: 'x' }, body: '\n<p id="p-1">…</p>\n' }
 */
export function splitArticleFile(text: string, file: string): ArticleFile {
  const match = FRONTMATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) throw new Error(`${file}: no frontmatter (a file must start with a --- fenced YAML block)`);
  let data: unknown;
  try {
    data = parse(match[1]!);
  } catch (error) {
    throw new Error(`${file}: the frontmatter is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: the frontmatter is not a mapping of fields`);
  }
  return { data: data as Record<string, unknown>, body: text.slice(match[0].length + (text.startsWith('\uFEFF') ? 1 : 0)) };
}
