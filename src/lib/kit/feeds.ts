/**
 * The feeds of the atlas: all its articles, or those of one city, park,
 * industry or cluster, in one locale, newest first.
 */
import { fill, messages } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/locales.ts';
import { articleItem } from '../article-items.ts';
import { inArticleOrder } from '../atlas-index.ts';
import type { ArticleData, Atlas } from '../atlas-types.ts';
import { entityPath } from '../links.ts';
import { entityNames, localName } from '../names.ts';
import { absoluteUrl } from '../seo.ts';
import type { SiteAddress } from './dataset.ts';
import { kitText } from './text.ts';
import { feedUrl, type FeedKind } from './urls.ts';
import type { Channel, FeedItem } from './rss.ts';

/** RSS language codes (RSS predates BCP 47 script subtags). */
export const RSS_LANGUAGE: Record<Locale, string> = { 'zh-hans': 'zh-cn', 'zh-hant': 'zh-tw', en: 'en' };

function feedItem(atlas: Atlas, article: ArticleData, locale: Locale, address: SiteAddress): FeedItem {
  const t = messages(locale);
  const item = articleItem(article, locale);
  const summary = fill(t.articleDescription, { source: item.source, date: item.dateText, title: item.title.text });
  return {
    title: item.title.text,
    link: absoluteUrl(locale, entityPath('articles', article.id), address.site, address.base),
    description:
      article.figures.length > 0 ? fill(kitText(locale).feedItem, { summary, n: article.figures.length }) : summary,
    date: article.date,
    categories: article.industries.flatMap((id) => {
      const industry = atlas.industry.get(id);
      return industry ? [localName(industry.name, locale)] : [];
    }),
  };
}

function channel(
  atlas: Atlas,
  articles: readonly ArticleData[],
  locale: Locale,
  address: SiteAddress,
  page: { path: string; title: string; description: string; self: string },
): Channel {
  return {
    title: page.title,
    link: absoluteUrl(locale, page.path, address.site, address.base),
    description: page.description,
    language: RSS_LANGUAGE[locale],
    self: new URL(page.self, address.site).href,
    items: articles.map((a) => feedItem(atlas, a, locale, address)),
  };
}

/** The feed of every article of the atlas. */
export function atlasFeed(atlas: Atlas, locale: Locale, address: SiteAddress): Channel {
  const site = messages(locale).siteName;
  return channel(atlas, atlas.articles, locale, address, {
    path: '',
    title: site,
    description: fill(kitText(locale).feedAtlasDescription, { site }),
    self: feedUrl(locale, address.base),
  });
}

/** The articles an entity lists. */
function entityArticleIds(atlas: Atlas, kind: FeedKind, id: string): readonly string[] | undefined {
  const table = { cities: atlas.city, parks: atlas.park, industries: atlas.industry }[kind];
  return table.get(id)?.articles;
}

/** The feed of one entity's articles; undefined when the atlas has no such entity. */
export function entityFeed(
  atlas: Atlas,
  kind: FeedKind,
  id: string,
  locale: Locale,
  address: SiteAddress,
): Channel | undefined {
  const ids = entityArticleIds(atlas, kind, id);
  const names = entityNames(atlas, kind, id);
  if (!ids || !names) return undefined;
  const site = messages(locale).siteName;
  const name = localName(names, locale);
  return channel(
    atlas,
    inArticleOrder(atlas, ids).flatMap((a) => atlas.article.get(a) ?? []),
    locale,
    address,
    {
      path: entityPath(kind, id),
      title: `${name} · ${site}`,
      description: fill(kitText(locale).feedEntityDescription, { site, name }),
      self: feedUrl(locale, address.base, kind, id),
    },
  );
}
