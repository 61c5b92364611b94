/**
 * What a park page shows, in one locale.
 */
import { fill, messages } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/locales.ts';
import { articleItems, type ArticleItem } from '../article-items.ts';
import type { Atlas } from '../atlas-types.ts';
import { referencedFigureRows, type FigureRow } from '../figure-rows.ts';
import type { Link } from '../links.ts';
import { companyNames, entityLinks, localName } from '../names.ts';
import { formatCoords, nameRows, precisionLabel, type NameRow } from './shared.ts';

/** A park page's content. */
export interface ParkView {
  id: string;
  name: string;
  names: NameRow[];
  city: Link | undefined;
  coords: string;
  precision: string;
  /** Curated in the gazetteer, or only found in an article (and placed on its city). */
  origin: string;
  source: string | null;
  industries: Link[];
  clusters: Link[];
  companies: string[];
  figures: FigureRow[];
  articles: ArticleItem[];
  description: string;
}

/** The park page of `id`; undefined when the atlas has no such park. */
export function parkView(atlas: Atlas, id: string, locale: Locale): ParkView | undefined {
  const park = atlas.park.get(id);
  if (!park) return undefined;
  const t = messages(locale);
  const name = localName(park.name, locale);
  const [city] = entityLinks(atlas, 'cities', [park.city], locale);
  // The park's clusters: its industries in its city, where the atlas has that cluster.
  const clusterIds = park.industries.map((industry) => `${park.city}-${industry}`);
  return {
    id,
    name,
    names: nameRows(park.name, locale),
    city,
    coords: formatCoords(park.coords),
    precision: precisionLabel(park.precision, locale),
    origin: park.curated ? t.parkCurated : t.parkFound,
    source: park.source,
    industries: entityLinks(atlas, 'industries', park.industries, locale),
    clusters: entityLinks(atlas, 'clusters', clusterIds, locale),
    companies: companyNames(atlas, park.companies, locale),
    figures: referencedFigureRows(atlas, park.figures, locale),
    articles: articleItems(atlas, park.articles, locale),
    description: fill(t.parkDescription, { name, city: city?.label ?? park.city }),
  };
}
