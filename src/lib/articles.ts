/**
 * Reading the article collection: one entry per article and script.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type ArticleEntry = CollectionEntry<'articles'>;
export type ScriptCode = 'hans' | 'hant';

/** The script of an entry, from its file name (`<id>/zh-hans.mdx`). */
export function entryScript(entry: ArticleEntry): ScriptCode {
  return entry.id.endsWith('/zh-hant') ? 'hant' : 'hans';
}

/** Every article in one script, newest first, undated last, then by id. */
export async function getArticles(script: ScriptCode): Promise<ArticleEntry[]> {
  const all = await getCollection('articles', (e) => entryScript(e) === script);
  return all.sort(byDateThenId);
}

/** Newest first; articles without a date after dated ones; ties by id. */
export function byDateThenId(a: ArticleEntry, b: ArticleEntry): number {
  const da = a.data.date ?? '';
  const db = b.data.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0;
}
