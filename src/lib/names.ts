/**
 * Names of entities and titles of articles in the reader's locale. Names
 * come from the data (`name.hans/hant/en`), never from translation files.
 */
import { fill, messages } from '../i18n/messages.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import type { ArticleData, Atlas, ClusterData, PageKind, Trilingual } from './atlas-types.ts';
import { entityPath, type Link } from './links.ts';

/** The name of something in a locale. */
export function localName(name: Trilingual, locale: Locale): string {
  return locale === 'en' ? name.en : locale === 'zh-hant' ? name.hant : name.hans;
}

/**
 * A cluster's name in every script, from its city's and industry's names.
 * @example clusterNames(atlas, { city: 'qingdao', industry: 'integrated-circuits', … }).hans // '青岛市集成电路产业集群'
 */
export function clusterNames(atlas: Atlas, cluster: Pick<ClusterData, 'city' | 'industry'>): Trilingual {
  const city = atlas.city.get(cluster.city)?.name;
  const industry = atlas.industry.get(cluster.industry)?.name;
  const [hans, hant, en] = LOCALES.map((locale) =>
    fill(messages(locale).clusterName, {
      city: city ? localName(city, locale) : cluster.city,
      industry: industry ? localName(industry, locale) : cluster.industry,
    }),
  ) as [string, string, string];
  return { hans, hant, en };
}

/** The name of an entity with a page, in every script; undefined when the atlas has no such entity. */
export function entityNames(atlas: Atlas, kind: Exclude<PageKind, 'articles'>, id: string): Trilingual | undefined {
  if (kind === 'clusters') {
    const cluster = atlas.cluster.get(id);
    return cluster && clusterNames(atlas, cluster);
  }
  const table = kind === 'cities' ? atlas.city : kind === 'parks' ? atlas.park : atlas.industry;
  return table.get(id)?.name;
}

/** Links to the entities of one kind that exist, in the order given; ids without a page are left out. */
export function entityLinks(
  atlas: Atlas,
  kind: Exclude<PageKind, 'articles'>,
  ids: readonly string[],
  locale: Locale,
): Link[] {
  return ids.flatMap((id) => {
    const names = entityNames(atlas, kind, id);
    return names ? [{ path: entityPath(kind, id), label: localName(names, locale) }] : [];
  });
}

/** Company names in a locale; an id missing from the gazetteer is shown as itself. */
export function companyNames(atlas: Atlas, ids: readonly string[], locale: Locale): string[] {
  return ids.map((id) => {
    const name = atlas.companies.get(id);
    return name ? localName(name, locale) : id;
  });
}

/**
 * The language to mark text printed by an article (publisher, authors) with
 * on a page of `locale`: none on Chinese pages, the article's script on /en/.
 */
export function printedLang(article: Pick<ArticleData, 'script'>, locale: Locale): 'zh-Hans' | 'zh-Hant' | undefined {
  if (locale !== 'en') return undefined;
  return article.script === 'hant' ? 'zh-Hant' : 'zh-Hans';
}

/** A headline as shown: the script of the locale, or in English the English title where known, else the Simplified one marked as Chinese. */
export interface ShownTitle {
  text: string;
  /** Set when the title is not in the page's language. */
  lang?: 'zh-Hans';
}

/** An article's title for a locale. */
export function articleTitle(article: Pick<ArticleData, 'title'>, locale: Locale): ShownTitle {
  if (locale === 'zh-hans') return { text: article.title.hans };
  if (locale === 'zh-hant') return { text: article.title.hant };
  return article.title.en ? { text: article.title.en } : { text: article.title.hans, lang: 'zh-Hans' };
}
