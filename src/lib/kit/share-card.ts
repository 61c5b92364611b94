/**
 * Which share card a page shows: its own (cities, industries) or its city's
 * (parks, clusters, and articles by their first city). A page with neither
 * gets the home card of its locale from the layout.
 */
import type { Atlas, PageKind } from '../atlas-types.ts';
import { CARD_KINDS, ogImageUrl, type CardKind } from './urls.ts';

const ownCard = (kind: PageKind): kind is CardKind => (CARD_KINDS as readonly string[]).includes(kind);

/**
 * The share card of an entity or article page, under the deployment base;
 * undefined when the page has no card of its own or of a city.
 * @example shareCardUrl(atlas, 'clusters', 'hefei-new-display', '/') // '/og/cities/hefei.jpg'
 */
export function shareCardUrl(atlas: Atlas, kind: PageKind, id: string, base: string): string | undefined {
  if (ownCard(kind)) return ogImageUrl(base, kind, id);
  const city =
    kind === 'clusters'
      ? atlas.cluster.get(id)?.city
      : kind === 'parks'
        ? atlas.park.get(id)?.city
        : atlas.article.get(id)?.cities[0];
  return city && atlas.city.has(city) ? ogImageUrl(base, 'cities', city) : undefined;
}
