/**
 * Shapes of the generated entity collections (`content/cities/`, `parks/`,
 * `industries/`, `clusters/`). `src/schemas/entities.ts` validates the same
 * shapes when the site builds; a unit test keeps the two in step.
 */
import type { AliasSet, EntityKind, Mention, NewPark } from '../entities/types.ts';
import type { Trilingual } from '../types.ts';

/** Where an entity's point is, and how precisely. */
export type Precision = 'site' | 'park' | 'district' | 'city' | 'province';

/** A figure seen from an entity: its article and its index in that article's `figures`. */
export interface FigureRef {
  article: string;
  index: number;
}

export interface CityRecord {
  id: string;
  name: Trilingual;
  province: Trilingual | null;
  adcode: string;
  coords: [number, number];
  precision: Precision;
  coordSource: string;
  articles: string[];
  parks: string[];
  industries: string[];
  clusters: string[];
  companies: string[];
  districts: string[];
  zones: string[];
  figures: FigureRef[];
}

export interface ParkRecord {
  id: string;
  name: Trilingual;
  city: string;
  district: string | null;
  zone: string | null;
  industries: string[];
  companies: string[];
  coords: [number, number];
  precision: Precision;
  curated: boolean;
  source: string | null;
  articles: string[];
  figures: FigureRef[];
}

export interface IndustryRecord {
  id: string;
  name: Trilingual;
  aliases: AliasSet;
  parent: string | null;
  cities: string[];
  clusters: string[];
  articles: string[];
}

export interface ClusterRecord {
  id: string;
  city: string;
  industry: string;
  parks: string[];
  companies: string[];
  articles: string[];
  figures: FigureRef[];
}

/** Every generated entity collection. */
export interface EntityTables {
  cities: CityRecord[];
  parks: ParkRecord[];
  industries: IndustryRecord[];
  clusters: ClusterRecord[];
}

/** What linking found in one article, kept beside its entry for aggregation. */
export interface ArticleLinks {
  mentions: Mention[];
  newParks: NewPark[];
}

/** The city an entity counts as evidence for (a district, zone or park's city; a city itself). */
export type CityOf = (kind: EntityKind, id: string) => string | undefined;
