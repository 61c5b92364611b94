/**
 * What an industry page shows, in one locale.
 */
import { fill, messages } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/locales.ts';
import { articleItems, type ArticleItem } from '../article-items.ts';
import { atlasIndex } from '../atlas-index.ts';
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
  figures: FigureRow[];
  articles: ArticleItem[];
  description: string;
}

/** The industry page of `id`; undefined when the atlas has no such industry. */
export function industryView(atlas: Atlas, id: string, locale: Locale): IndustryView | undefined {
  const industry = atlas.industry.get(id);
  if (!industry) return undefined;
  const name = localName(industry.name, locale);
  const clusters = industry.clusters.flatMap((c) => atlas.cluster.get(c) ?? []);
  const parks = atlasIndex(atlas).parksByIndustry.get(id) ?? [];
  const aliases =
    locale === 'en' ? industry.aliases.en : locale === 'zh-hant' ? industry.aliases.hant : industry.aliases.hans;
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
    figures: referencedFigureRows(atlas, uniqueRefs(clusters.flatMap((c) => c.figures)), locale),
    articles: articleItems(atlas, industry.articles, locale),
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
