/**
 * Articles as list items: title in the locale, date, publisher, link.
 */
import { messages } from '../i18n/messages.ts';
import type { Locale } from '../i18n/locales.ts';
import { inArticleOrder } from './atlas-index.ts';
import type { ArticleData, Atlas } from './atlas-types.ts';
import { formatDate } from './format.ts';
import { entityPath } from './links.ts';
import { articleTitle, printedLang, type ShownTitle } from './names.ts';

/** One article in a list. */
export interface ArticleItem {
  id: string;
  path: string;
  title: ShownTitle;
  /** ISO date for `<time datetime>`, or null. */
  date: string | null;
  /** The date as the locale writes it, or "date not stated". */
  dateText: string;
  source: string;
  /** Set on /en/ when the publisher's name is printed in Chinese. */
  sourceLang?: 'zh-Hans' | 'zh-Hant' | undefined;
}

/** An article as a list item. */
export function articleItem(article: ArticleData, locale: Locale): ArticleItem {
  const t = messages(locale);
  return {
    id: article.id,
    path: entityPath('articles', article.id),
    title: articleTitle(article, locale),
    date: article.date,
    dateText: article.date ? formatDate(article.date, locale) : t.dateNotStated,
    source: article.source ?? t.publisherUnknown,
    sourceLang: article.source ? printedLang(article, locale) : undefined,
  };
}

/** The articles with these ids that exist, newest first. */
export function articleItems(atlas: Atlas, ids: readonly string[], locale: Locale): ArticleItem[] {
  return inArticleOrder(atlas, ids).flatMap((id) => {
    const article = atlas.article.get(id);
    return article ? [articleItem(article, locale)] : [];
  });
}
