/**
 * What each page's map shows: markers for the places of the page, coloured
 * by leading industry, with their legend and accessible name. The map
 * component itself (`components/maps/AtlasMap.astro`) draws them.
 */
import { entityMarkers, industryLegend, type Placeable } from './geo/markers.ts';
import { isExact } from './geo/precision.ts';
import { PALETTE } from './charts/palette.ts';
import type { LegendItem, MapMarker, MarkerKind } from './geo/types.ts';
import { fill, messages } from '../i18n/messages.ts';
import { localizedPath, type Locale } from '../i18n/locales.ts';
import type { Atlas, PageKind } from './atlas-types.ts';
import { entityPath } from './links.ts';

/** The props of a map: markers, legend, name, and whether it shows all of China. */
export interface MapView {
  markers: MapMarker[];
  legend: LegendItem[];
  label: string;
  fit: 'china' | 'markers';
}

type Layer = { entities: readonly Placeable[]; kind: MarkerKind; page: PageKind };

/**
 * The industries that get a colour of their own: those that lead the most
 * cities (ties by id), as many as the palette holds. Colouring the first
 * industries in alphabetical order instead would leave the atlas's main
 * industries grey.
 */
export function colouredIndustries(atlas: Atlas): string[] {
  // Every map of every page asks; the answer depends on the atlas alone.
  let coloured = colouredCache.get(atlas);
  if (!coloured) {
    coloured = rankLeads(atlas);
    colouredCache.set(atlas, coloured);
  }
  return [...coloured];
}

const colouredCache = new WeakMap<Atlas, string[]>();

function rankLeads(atlas: Atlas): string[] {
  const leads = new Map<string, number>();
  for (const city of atlas.cities) {
    const first = city.industries[0];
    if (first) leads.set(first, (leads.get(first) ?? 0) + 1);
  }
  return [...leads]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, PALETTE.length)
    .map(([id]) => id);
}

function mapView(atlas: Atlas, locale: Locale, layers: Layer[], label: string, fit: MapView['fit']): MapView {
  const allIndustryIds = colouredIndustries(atlas);
  const markers = layers.flatMap(({ entities, kind, page }) =>
    entityMarkers(entities, {
      locale,
      kind,
      allIndustryIds,
      href: (id) => localizedPath(locale, entityPath(page, id)),
    }),
  );
  const legend = industryLegend(
    markers,
    atlas.industries,
    { locale, allIndustryIds },
    messages(locale).mapOther,
    isExact,
  );
  return { markers, legend, label, fit };
}

const present = <T>(items: readonly (T | undefined)[]): T[] => items.filter((x): x is T => x !== undefined);

/** The home page's map: every city of the atlas, on a map of China. */
export function homeMap(atlas: Atlas, locale: Locale): MapView {
  const layers: Layer[] = [{ entities: atlas.cities, kind: 'city', page: 'cities' }];
  return mapView(atlas, locale, layers, messages(locale).mapLabelHome, 'china');
}

/** A city and its parks. */
export function cityMap(atlas: Atlas, id: string, locale: Locale): MapView | undefined {
  const city = atlas.city.get(id);
  if (!city) return undefined;
  const parks = present(city.parks.map((p) => atlas.park.get(p)));
  const name = locale === 'en' ? city.name.en : locale === 'zh-hant' ? city.name.hant : city.name.hans;
  return mapView(
    atlas,
    locale,
    [
      { entities: [city], kind: 'city', page: 'cities' },
      { entities: parks, kind: 'park', page: 'parks' },
    ],
    parks.length > 0 ? fill(messages(locale).mapLabelPlace, { name }) : name,
    'markers',
  );
}

/** A park (or a cluster's parks) with its city. */
export function parksMap(
  atlas: Atlas,
  cityId: string,
  parkIds: readonly string[],
  locale: Locale,
  label: string,
): MapView {
  const city = atlas.city.get(cityId);
  const parks = present(parkIds.map((p) => atlas.park.get(p)));
  return mapView(
    atlas,
    locale,
    [
      { entities: city ? [city] : [], kind: 'city', page: 'cities' },
      { entities: parks, kind: 'park', page: 'parks' },
    ],
    label,
    'markers',
  );
}
