/**
 * The rows of the atlas download: one plain record per city, park, industry,
 * cluster, company, article and figure. Every value is a string, a number,
 * a boolean, null, a list of strings, or a `{ hans, hant, en }` triple, so
 * the same record writes to JSON as it is and to CSV by a fixed rule
 * (`csv.ts`). Each field is documented in `fields.ts`.
 */

/** Something written in both Chinese scripts and English. */
export interface Triple {
  hans: string;
  hant: string;
  en: string;
}

/** Lists in each script (industry aliases). */
export interface TripleList {
  hans: string[];
  hant: string[];
  en: string[];
}

/** A city. */
export interface CityRecord {
  id: string;
  name: Triple;
  province: Triple | null;
  adcode: string;
  lat: number;
  lng: number;
  precision: string;
  coordSource: string;
  articles: string[];
  parks: string[];
  industries: string[];
  clusters: string[];
  companies: string[];
  figures: string[];
  url: Triple;
}

/** An industrial park. */
export interface ParkRecord {
  id: string;
  name: Triple;
  city: string;
  district: string | null;
  zone: string | null;
  lat: number;
  lng: number;
  precision: string;
  curated: boolean;
  gazetteerSource: string | null;
  industries: string[];
  companies: string[];
  articles: string[];
  figures: string[];
  url: Triple;
}

/** An industry of the taxonomy. */
export interface IndustryRecord {
  id: string;
  name: Triple;
  aliases: TripleList;
  parent: string | null;
  cities: string[];
  clusters: string[];
  articles: string[];
  url: Triple;
}

/** One industry in one city. */
export interface ClusterRecord {
  id: string;
  name: Triple;
  city: string;
  industry: string;
  parks: string[];
  companies: string[];
  articles: string[];
  figures: string[];
  url: Triple;
}

/** A company named by an article (companies have no pages). */
export interface CompanyRecord {
  id: string;
  name: Triple;
  articles: string[];
}

/** A headline: English only where the atlas knows one. */
export interface Title {
  hans: string;
  hant: string;
  en: string | null;
}

/** A source article. */
export interface ArticleRecord {
  id: string;
  title: Title;
  titleFromLead: boolean;
  date: string | null;
  source: string | null;
  authors: string[];
  script: 'hans' | 'hant';
  seedFile: string;
  sha256: string;
  cities: string[];
  parks: string[];
  industries: string[];
  companies: string[];
  figures: string[];
  url: Triple;
}

/** A figure, with the sentence it came from. */
export interface FigureRecord {
  id: string;
  article: string;
  index: number;
  paragraph: number;
  kind: string;
  value: number;
  unit: string;
  qualifier: string | null;
  sourceUnit: string | null;
  text: string;
  entity: string | null;
  source: string | null;
  date: string | null;
  sha256: string;
  url: string;
}

/** Every table of the download, by name. */
export interface Tables {
  cities: CityRecord[];
  parks: ParkRecord[];
  industries: IndustryRecord[];
  clusters: ClusterRecord[];
  companies: CompanyRecord[];
  articles: ArticleRecord[];
  figures: FigureRecord[];
}
