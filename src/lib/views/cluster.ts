/**
 * What a cluster page (one industry in one city) shows, in one locale.
 */
import { fill, messages } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/locales.ts';
import { articleItems, type ArticleItem } from '../article-items.ts';
import type { Atlas } from '../atlas-types.ts';
import { referencedFigureRows, type FigureRow } from '../figure-rows.ts';
import type { Link } from '../links.ts';
import { clusterNames, companyNames, entityLinks, localName } from '../names.ts';
import { nameRows, type NameRow } from './shared.ts';

/** A cluster page's content. */
export interface ClusterView {
  id: string;
  name: string;
  names: NameRow[];
  city: Link | undefined;
  industry: Link | undefined;
  parks: Link[];
  companies: string[];
  figures: FigureRow[];
  articles: ArticleItem[];
  description: string;
}

/** The cluster page of `id`; undefined when the atlas has no such cluster. */
export function clusterView(atlas: Atlas, id: string, locale: Locale): ClusterView | undefined {
  const cluster = atlas.cluster.get(id);
  if (!cluster) return undefined;
  const names = clusterNames(atlas, cluster);
  const name = localName(names, locale);
  const articles = articleItems(atlas, cluster.articles, locale);
  return {
    id,
    name,
    names: nameRows(names, locale),
    city: entityLinks(atlas, 'cities', [cluster.city], locale)[0],
    industry: entityLinks(atlas, 'industries', [cluster.industry], locale)[0],
    parks: entityLinks(atlas, 'parks', cluster.parks, locale),
    companies: companyNames(atlas, cluster.companies, locale),
    figures: referencedFigureRows(atlas, cluster.figures, locale),
    articles,
    description: fill(messages(locale).clusterDescription, { name, articles: articles.length }),
  };
}
