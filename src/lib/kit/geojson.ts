/**
 * `data/atlas.geojson`: every city and park as a Point, with flat properties
 * (GIS tools and spreadsheets read flat properties best).
 */
import type { CityRecord, ParkRecord, Tables } from './records.ts';

/** The properties of one place. */
export interface PlaceProperties {
  id: string;
  kind: 'city' | 'park';
  name_hans: string;
  name_hant: string;
  name_en: string;
  /** site, park, district, city or province: how far to trust the point. */
  precision: string;
  /** The city a park is in; a city's own id for a city. */
  city: string;
  articles: number;
  figures: number;
  url_hans: string;
  url_hant: string;
  url_en: string;
}

/** A GeoJSON Point feature. */
export interface PlaceFeature {
  type: 'Feature';
  id: string;
  /** RFC 7946 order: longitude, latitude. */
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: PlaceProperties;
}

/** The whole file. */
export interface PlaceCollection {
  type: 'FeatureCollection';
  features: PlaceFeature[];
}

function feature(record: CityRecord | ParkRecord, kind: 'city' | 'park', city: string): PlaceFeature {
  return {
    type: 'Feature',
    // City and park ids could collide; the kind keeps feature ids unique.
    id: `${kind}/${record.id}`,
    geometry: { type: 'Point', coordinates: [record.lng, record.lat] },
    properties: {
      id: record.id,
      kind,
      name_hans: record.name.hans,
      name_hant: record.name.hant,
      name_en: record.name.en,
      precision: record.precision,
      city,
      articles: record.articles.length,
      figures: record.figures.length,
      url_hans: record.url.hans,
      url_hant: record.url.hant,
      url_en: record.url.en,
    },
  };
}

/**
 * Cities, then parks, each in id order.
 * @example toGeoJson(tables).features[0].geometry // { type: 'Point', coordinates: [120.3804, 36.0649] } for 青岛市
 */
export function toGeoJson(tables: Pick<Tables, 'cities' | 'parks'>): PlaceCollection {
  return {
    type: 'FeatureCollection',
    features: [
      ...tables.cities.map((c) => feature(c, 'city', c.id)),
      ...tables.parks.map((p) => feature(p, 'park', p.city)),
    ],
  };
}
