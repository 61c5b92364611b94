/**
 * Shapes of the curated reference data (`content/gazetteer/*.yaml`), of the
 * matching lexicon built from it and the administrative places, and of what
 * entity linking returns for one article.
 */
import type { Bilingual, Trilingual } from '../types.ts';

/**
 * An administrative place as `content/gazetteer/places.json` holds it. Declared
 * here structurally so the linker depends on the shape, not on the loader module.
 */
export interface PlaceRecord {
  id: string;
  adcode: string;
  level: 'province' | 'prefecture' | 'county';
  name: Trilingual;
  short: Bilingual;
  parent: string | null;
  province: string;
  coords: [number, number];
  precision: 'city' | 'district' | 'province';
  coordSource: string;
}

/** Alternative names, per script and in English. */
export interface AliasSet {
  hans: string[];
  hant: string[];
  en: string[];
}

/** How precise a curated point is: the site itself, its district, or only its city. */
export type CuratedPrecision = 'park' | 'district' | 'city';

/** One industry of the taxonomy (`industries.yaml`). */
export interface Industry {
  id: string;
  name: Trilingual;
  aliases: AliasSet;
  /** The broader industry this one is a kind of. */
  parent?: string;
  source: string;
}

/** A well-known company (`companies.yaml`). */
export interface Company {
  id: string;
  name: Trilingual;
  aliases: AliasSet;
  industries: string[];
  /** Place id of the headquarters. */
  hq?: string;
  source: string;
}

/** What kind of functional zone a zone is. */
export type ZoneKind =
  'new-area' | 'high-tech-zone' | 'economic-development-zone' | 'free-trade-zone' | 'industrial-new-city' | 'other';

/** A functional zone that is not an administrative unit (`zones.yaml`). */
export interface Zone {
  id: string;
  name: Trilingual;
  aliases: AliasSet;
  kind: ZoneKind;
  /** Adcode of the administrative unit the zone lies in (county when known, else prefecture). */
  adcode: string;
  coords?: [number, number];
  precision: 'district' | 'city';
  /** The zone this one was merged into, when it no longer exists on its own. */
  mergedInto?: string;
  source: string;
}

/** A curated industrial park (`parks.yaml`). */
export interface Park {
  id: string;
  name: Trilingual;
  aliases: AliasSet;
  /** Place id of the prefecture-level city. */
  city: string;
  /** Place id of the county-level district, when known. */
  district: string | null;
  /** Zone id, when the park lies in a curated zone. */
  zone?: string;
  industries: string[];
  coords: [number, number];
  precision: CuratedPrecision;
  source: string;
}

/** The four curated tables together. */
export interface Curated {
  industries: Industry[];
  companies: Company[];
  zones: Zone[];
  parks: Park[];
}

/** Every kind of entity the linker reports. */
export type EntityKind = 'province' | 'city' | 'district' | 'zone' | 'park' | 'industry' | 'company';

/** One place in the text where an entity is named. */
export interface Mention {
  entity: string;
  kind: EntityKind;
  /** 1-based block index; the title is paragraph 0. */
  paragraph: number;
  /** Offsets in UTF-16 code units into the paragraph's text. */
  start: number;
  end: number;
  /** The text as printed. */
  text: string;
}

/** A park found by its name pattern that the curated table does not have. */
export interface NewPark {
  /** `<city id>-<pinyin of the name>`: stable for the same name in the same city. */
  id: string;
  name: Bilingual;
  /** Place id of the city the sentence (or else the article) is about. */
  city: string;
  /** Place id of a district named with it, when there is one. */
  district: string | null;
  /** Only the city is known: the park is drawn on the city, as approximate. */
  precision: 'city';
}

/** The entities of one article, each list ordered by salience (most salient first). */
export interface LinkedEntities {
  provinces: string[];
  cities: string[];
  districts: string[];
  zones: string[];
  /** Curated park ids and the ids of `newParks`. */
  parks: string[];
  industries: string[];
  companies: string[];
  /** Every counted mention, in reading order (title first). */
  mentions: Mention[];
  newParks: NewPark[];
}

/**
 * One meaning of a lexicon key. A key can have several (鼓楼区 is a district
 * of four cities); the resolver picks one from the article's context.
 */
export interface Sense {
  entity: string;
  kind: EntityKind;
  /** How the key names the entity: an official name, a prose short form, an alias, or English. */
  form: 'full' | 'short' | 'alias' | 'en';
  /**
   * Context tokens of which at least one must be in the article's context for
   * this sense to apply; absent when the key is enough. A token is an adcode
   * (that place is named in the article, itself or through a district, zone
   * or park in it) or `in:<province adcode>` (some place in that province is).
   */
  needs?: readonly string[];
}

/** What a lexicon key stands for. An empty `senses` marks a stop phrase that blocks shorter keys. */
export interface LexEntry {
  senses: Sense[];
  /** For short Latin keys (IC, AI, 5G): the exact spellings accepted, case included. */
  exact?: readonly string[];
}

/** A node of the matching trie, keyed by the UTF-16 code units of folded text. */
export interface TrieNode {
  next: Map<number, TrieNode>;
  entry?: LexEntry;
}

/** Where an entity sits on the map of administrative units. */
export interface Anchor {
  /** Adcodes: the entity's own unit (for places) or the unit it lies in, then its ancestors. */
  adcodes: readonly string[];
  /** Place ids of the city and district the entity counts as evidence for. */
  city?: string;
  district?: string;
  province?: string;
}

/** Everything the linker needs, built once by `buildLexicon` and reused for every article. */
export interface Lexicon {
  trie: TrieNode;
  /** Administrative places by id and by adcode. */
  places: ReadonlyMap<string, PlaceRecord>;
  placesByAdcode: ReadonlyMap<string, PlaceRecord>;
  /** Map position of every place, zone and park, keyed `<kind>:<id>` (see `anchorKey`). */
  anchors: ReadonlyMap<string, Anchor>;
  curated: Curated;
  parksById: ReadonlyMap<string, Park>;
  zonesById: ReadonlyMap<string, Zone>;
}
