/**
 * Figures grouped by the article they came from, so an entity page names
 * each source once and lists its figures under it.
 */
import type { FigureRow } from './figure-rows.ts';

/** The figures of one article, in the order they were given. */
export interface FigureGroup {
  articleId: string;
  articleTitle: FigureRow['articleTitle'];
  source: string;
  sourceLang?: 'zh-Hans' | 'zh-Hant' | undefined;
  rows: FigureRow[];
}

/** Groups in order of each article's first figure. */
export function groupByArticle(rows: readonly FigureRow[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const row of rows) {
    let group = groups.get(row.articleId);
    if (!group) {
      group = {
        articleId: row.articleId,
        articleTitle: row.articleTitle,
        source: row.source,
        sourceLang: row.sourceLang,
        rows: [],
      };
      groups.set(row.articleId, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()];
}
