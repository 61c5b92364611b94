/**
 * What an industry page shows, in one locale.
 */
import { fill, messages } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/locales.ts';
import { articleItems, type ArticleItem } from '../article-items.ts';
import { atlasIndex, inArticleOrder } from '../atlas-index.ts';
import type { Atlas } from '../atlas-types.ts';
import { referencedFigureRows, type FigureRef, type FigureRow } from '../figure-rows.ts';
import type { Link } from '../links.ts';
import { companyNames, entityLinks, localName } from '../names.ts';
import { nameRows, type NameRow } from './shared.ts';

/** An industry page's content. */
export interface IndustryView {
  id: string;
  name: string;
  names: NameRow[];
  /** Other names the ingest matches, in the locale's script (English on /en/). */
  aliases: string[];
  parent: Link | undefined;
  cities: Link[];
  parks: Link[];
  clusters: Link[];
  companies: string[];
  /** The figures of the articles shown, grouped by the page under their article. */
  figures: FigureRow[];
  /** All the industry's figures, of which `figures` may be the latest articles' share. */
  figureCount: number;
  /** The latest articles, newest first. */
  articles: ArticleItem[];
  /** All the industry's articles, of which `articles` may be the latest. */
  articleCount: number;
  description: string;
}

/**
 * How many of its latest articles (with their figures) an industry page
 * shows. An industry spans every city, so its full lists grow with the
 * corpus (about 1,000 reports and 2,000 figures per industry at 10,000
 * articles, megabytes of HTML); each cluster page lists one city's share in
 * full, and the feed and downloads hold everything.
 */
export const INDUSTRY_LATEST = 30;

/** The industry page of `id`, showing its `latest` articles; undefined when the atlas has no such industry. */
export function industryView(
  atlas: Atlas,
  id: string,
  locale: Locale,
  latest: number = INDUSTRY_LATEST,
): IndustryView | undefined {
  const industry = atlas.industry.get(id);
  if (!industry) return undefined;
  const name = localName(industry.name, locale);
  const clusters = industry.clusters.flatMap((c) => atlas.cluster.get(c) ?? []);
  const parks = atlasIndex(atlas).parksByIndustry.get(id) ?? [];
  const aliases =
    locale === 'en' ? industry.aliases.en : locale === 'zh-hant' ? industry.aliases.hant : industry.aliases.hans;
  const ordered = inArticleOrder(atlas, industry.articles);
  const shownIds = new Set(ordered.slice(0, latest));
  const figureRefs = uniqueRefs(clusters.flatMap((c) => c.figures));
  return {
    id,
    name,
    names: nameRows(industry.name, locale),
    aliases,
    parent: industry.parent ? entityLinks(atlas, 'industries', [industry.parent], locale)[0] : undefined,
    cities: entityLinks(atlas, 'cities', industry.cities, locale),
    parks: entityLinks(atlas, 'parks', parks, locale),
    clusters: entityLinks(atlas, 'clusters', industry.clusters, locale),
    companies: companyNames(atlas, unique(clusters.flatMap((c) => c.companies)), locale),
    figures: referencedFigureRows(
      atlas,
      figureRefs.filter((r) => shownIds.has(r.article)),
      locale,
    ),
    figureCount: figureRefs.length,
    articles: articleItems(atlas, [...shownIds], locale),
    articleCount: ordered.length,
    description: fill(messages(locale).industryDescription, { name }),
  };
}

function uniqueRefs(refs: readonly FigureRef[]): FigureRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(`${r.article}#${r.index}`) && seen.add(`${r.article}#${r.index}`));
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
