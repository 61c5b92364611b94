/**
 * What a city page shows, in one locale.
 */
import { fill, messages } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/locales.ts';
import { articleItems, type ArticleItem } from '../article-items.ts';
import type { Atlas } from '../atlas-types.ts';
import { referencedFigureRows, type FigureRow } from '../figure-rows.ts';
import type { Link } from '../links.ts';
import { companyNames, entityLinks, localName } from '../names.ts';
import { formatCoords, nameRows, precisionLabel, type NameRow } from './shared.ts';

/** A city page's content. */
export interface CityView {
  id: string;
  name: string;
  names: NameRow[];
  province: string | null;
  adcode: string;
  coords: string;
  precision: string;
  parks: Link[];
  industries: Link[];
  clusters: Link[];
  companies: string[];
  figures: FigureRow[];
  articles: ArticleItem[];
  description: string;
}

/** The city page of `id`; undefined when the atlas has no such city. */
export function cityView(atlas: Atlas, id: string, locale: Locale): CityView | undefined {
  const city = atlas.city.get(id);
  if (!city) return undefined;
  const name = localName(city.name, locale);
  const province = city.province ? localName(city.province, locale) : null;
  const articles = articleItems(atlas, city.articles, locale);
  return {
    id,
    name,
    names: nameRows(city.name, locale),
    province,
    adcode: city.adcode,
    coords: formatCoords(city.coords),
    precision: precisionLabel(city.precision, locale),
    parks: entityLinks(atlas, 'parks', city.parks, locale),
    industries: entityLinks(atlas, 'industries', city.industries, locale),
    clusters: entityLinks(atlas, 'clusters', city.clusters, locale),
    companies: companyNames(atlas, city.companies, locale),
    figures: referencedFigureRows(atlas, city.figures, locale),
    articles,
    description: fill(messages(locale).cityDescription, {
      name,
      province: province ?? name,
      articles: articles.length,
    }),
  };
}
