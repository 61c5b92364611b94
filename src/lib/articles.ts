/**
 * Reading the article collection: one entry per article and script.
 */
import { getEntry, type CollectionEntry } from 'astro:content';

export type ArticleEntry = CollectionEntry<'articles'>;
export type ScriptCode = 'hans' | 'hant';

/** The script of an entry, from its file name (`<id>/zh-hans.mdx`). */
export function entryScript(entry: ArticleEntry): ScriptCode {
  return entry.id.endsWith('/zh-hant') ? 'hant' : 'hans';
}

/** The entry holding an article's text in one script; an error names the missing entry. */
export async function getArticleEntry(id: string, script: ScriptCode): Promise<ArticleEntry> {
  const key = `${id}/zh-${script}`;
  const entry = await getEntry('articles', key);
  if (!entry) throw new Error(`no article entry ${key} in the content collection`);
  return entry;
}
