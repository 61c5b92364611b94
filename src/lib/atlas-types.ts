/**
 * The atlas as plain data: every collection's frontmatter, looked up by id.
 * Pages load it once (`atlas.ts`); everything that shapes it for a page is a
 * pure function of this value, so it can be tested without Astro.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { CityData, ClusterData, IndustryData, ParkData } from '../schemas/entities.ts';

export type { ArticleData, CityData, ClusterData, IndustryData, ParkData };

/** A name in Simplified, Traditional and English. */
export interface Trilingual {
  hans: string;
  hant: string;
  en: string;
}

/** The collections as loaded, before indexing. */
export interface AtlasParts {
  articles: readonly ArticleData[];
  cities: readonly CityData[];
  parks: readonly ParkData[];
  industries: readonly IndustryData[];
  clusters: readonly ClusterData[];
  /** Company names from the gazetteer; companies have no pages. */
  companies: ReadonlyMap<string, Trilingual>;
}

/** The collections, sorted, with a lookup by id for each. */
export interface Atlas extends AtlasParts {
  article: ReadonlyMap<string, ArticleData>;
  city: ReadonlyMap<string, CityData>;
  park: ReadonlyMap<string, ParkData>;
  industry: ReadonlyMap<string, IndustryData>;
  cluster: ReadonlyMap<string, ClusterData>;
}

/** The entity kinds that have pages, as they appear in URLs. */
export type PageKind = 'cities' | 'parks' | 'industries' | 'clusters' | 'articles';
