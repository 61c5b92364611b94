/**
 * Turns collected evidence into the generated entity collections: one
 * record per city, park, industry and cluster with evidence in at least one
 * article, named from the gazetteer and ordered by evidence.
 */
import type { ArticleEntry } from '../article-types.ts';
import { anchorKey } from '../entities/build-lexicon.ts';
import type { Lexicon, NewPark } from '../entities/types.ts';
import { clusterKey, collectArticle, emptyEvidence, type Evidence } from './collect-evidence.ts';
import { curatedTerms, englishParkName } from './park-names.ts';
import type {
  ArticleLinks,
  CityOf,
  CityRecord,
  ClusterRecord,
  EntityTables,
  FigureRef,
  IndustryRecord,
  ParkRecord,
} from './types.ts';

/** An entry together with what linking found in it. */
export interface LinkedEntry {
  entry: ArticleEntry;
  links: ArticleLinks;
}

/** The city each entity counts as evidence for, from the lexicon's anchors and the articles' new parks. */
export function makeCityOf(lexicon: Lexicon, newParks: ReadonlyMap<string, NewPark>): CityOf {
  return (kind, id) => {
    if (kind === 'city') return id;
    if (kind === 'park' && newParks.has(id)) return newParks.get(id)!.city;
    return lexicon.anchors.get(anchorKey(kind, id))?.city;
  };
}

function sortRefs(refs: string[], dates: ReadonlyMap<string, string | null>): FigureRef[] {
  return refs
    .map((r) => ({ article: r.slice(0, r.lastIndexOf('#')), index: Number(r.slice(r.lastIndexOf('#') + 1)) }))
    .sort((a, b) => newestFirst(a.article, b.article, dates) || a.index - b.index);
}

function newestFirst(a: string, b: string, dates: ReadonlyMap<string, string | null>): number {
  const da = dates.get(a) ?? '';
  const db = dates.get(b) ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Build every entity collection from the linked articles. */
export function buildEntityTables(linked: readonly LinkedEntry[], lexicon: Lexicon): EntityTables {
  const newParks = new Map<string, NewPark>();
  for (const { links } of linked) for (const p of links.newParks) if (!newParks.has(p.id)) newParks.set(p.id, p);
  const cityOf = makeCityOf(lexicon, newParks);
  const evidence = emptyEvidence();
  for (const { entry, links } of linked) collectArticle(evidence, entry, links, cityOf);
  addCuratedParkIndustries(evidence, lexicon);
  const dates = new Map(linked.map(({ entry }) => [entry.frontmatter.id, entry.frontmatter.date]));
  const articlesOf = (ids: string[]) => [...ids].sort((a, b) => newestFirst(a, b, dates));
  const clusters = new Set(evidence.cluster.articles.keys().filter((key) => isCluster(key, evidence)));
  const context: TableContext = { evidence, lexicon, newParks, clusters, articlesOf, refs: (r) => sortRefs(r, dates) };
  return {
    cities: cityIds(evidence).map((id) => cityRecord(id, context)),
    parks: evidence.park.articles.keys().map((id) => parkRecord(id, context)),
    industries: evidence.industry.articles.keys().map((id) => industryRecord(id, context)),
    clusters: [...clusters].map((key) => clusterRecord(key, context)),
  };
}

/**
 * An industry in a city is a cluster when more than one passage ties them,
 * or a park or a figure does: a single passing mention in a list of
 * industries is not evidence of a cluster.
 */
function isCluster(key: string, evidence: Evidence): boolean {
  const { articles, parks, figures } = evidence.cluster;
  return articles.total(key) >= 2 || parks.total(key) > 0 || figures.total(key) > 0;
}

/**
 * A curated park's industries are evidence for the clusters of its city, in
 * every article that names it, and so for the industry itself: a cluster
 * whose industry had no record would name an industry without a page.
 */
function addCuratedParkIndustries(evidence: Evidence, lexicon: Lexicon): void {
  for (const parkId of evidence.park.articles.keys()) {
    const park = lexicon.parksById.get(parkId);
    if (!park) continue;
    for (const industry of park.industries) {
      const key = clusterKey(park.city, industry);
      for (const article of evidence.park.articles.ranked(parkId)) {
        evidence.cluster.articles.add(key, article);
        evidence.industry.articles.add(industry, article);
      }
      evidence.cluster.parks.add(key, parkId);
      evidence.city.industries.add(park.city, industry);
      evidence.industry.cities.add(industry, park.city);
    }
  }
}

interface TableContext {
  evidence: Evidence;
  lexicon: Lexicon;
  newParks: ReadonlyMap<string, NewPark>;
  /** Evidence keys (`<city>|<industry>`) that make the cut as clusters. */
  clusters: ReadonlySet<string>;
  articlesOf: (ids: string[]) => string[];
  refs: (refs: string[]) => FigureRef[];
}

function cityIds(evidence: Evidence): string[] {
  return [...new Set([...evidence.city.articles.keys(), ...evidence.city.parks.keys()])].sort();
}

function cityRecord(id: string, { evidence, lexicon, clusters, articlesOf, refs }: TableContext): CityRecord {
  const place = lexicon.places.get(id);
  if (!place) throw new Error(`city "${id}" is not in the gazetteer`);
  const province = place.province === place.adcode ? undefined : lexicon.placesByAdcode.get(place.province);
  return {
    id,
    name: place.name,
    province: province ? province.name : null,
    adcode: place.adcode,
    coords: place.coords,
    precision: place.precision,
    coordSource: place.coordSource,
    articles: articlesOf(evidence.city.articles.ranked(id)),
    parks: evidence.city.parks.ranked(id),
    industries: evidence.city.industries.ranked(id),
    clusters: evidence.city.industries
      .ranked(id)
      .filter((industry) => clusters.has(clusterKey(id, industry)))
      .map((industry) => `${id}-${industry}`),
    companies: evidence.city.companies.ranked(id),
    districts: evidence.city.districts.ranked(id),
    zones: evidence.city.zones.ranked(id),
    figures: refs(evidence.city.figures.ranked(id)),
  };
}

function parkRecord(id: string, { evidence, lexicon, newParks, articlesOf, refs }: TableContext): ParkRecord {
  const shared = {
    id,
    companies: evidence.park.companies.ranked(id),
    articles: articlesOf(evidence.park.articles.ranked(id)),
    figures: refs(evidence.park.figures.ranked(id)),
  };
  const curated = lexicon.parksById.get(id);
  if (curated) {
    const industries = [...new Set([...curated.industries, ...evidence.park.industries.ranked(id)])];
    return {
      ...shared,
      name: curated.name,
      city: curated.city,
      district: curated.district,
      zone: curated.zone ?? null,
      industries,
      coords: curated.coords,
      precision: curated.precision,
      curated: true,
      source: curated.source,
    };
  }
  const found = newParks.get(id);
  if (!found) throw new Error(`park "${id}" is neither curated nor found in an article`);
  return { ...shared, ...newParkPlacement(found, lexicon), industries: evidence.park.industries.ranked(id) };
}

function newParkPlacement(park: NewPark, lexicon: Lexicon) {
  const city = lexicon.places.get(park.city);
  if (!city) throw new Error(`park "${park.id}" is on unknown city "${park.city}"`);
  const district = park.district ? lexicon.places.get(park.district) : undefined;
  const exactDistrict = district?.precision === 'district' ? district : undefined;
  const placeNames: [string, string][] = [city, district]
    .filter((p) => p !== undefined)
    .flatMap((p) => [[p.name.hans, p.name.en] as [string, string], [p.short.hans, p.name.en] as [string, string]]);
  return {
    name: { ...park.name, en: englishParkName(park.name.hans, [...placeNames, ...curatedTerms(lexicon.curated)]) },
    city: park.city,
    district: park.district,
    zone: null,
    coords: (exactDistrict ?? city).coords,
    precision: exactDistrict ? ('district' as const) : ('city' as const),
    curated: false,
    source: null,
  };
}

function industryRecord(id: string, { evidence, lexicon, clusters, articlesOf }: TableContext): IndustryRecord {
  const industry = lexicon.curated.industries.find((i) => i.id === id);
  if (!industry) throw new Error(`industry "${id}" is not in the taxonomy`);
  const cities = evidence.industry.cities.ranked(id);
  return {
    id,
    name: industry.name,
    aliases: industry.aliases,
    parent: industry.parent ?? null,
    cities,
    clusters: cities.filter((city) => clusters.has(clusterKey(city, id))).map((city) => `${city}-${id}`),
    articles: articlesOf(evidence.industry.articles.ranked(id)),
  };
}

function clusterRecord(key: string, { evidence, articlesOf, refs }: TableContext): ClusterRecord {
  const [city, industry] = key.split('|') as [string, string];
  return {
    id: `${city}-${industry}`,
    city,
    industry,
    parks: evidence.cluster.parks.ranked(key),
    companies: evidence.cluster.companies.ranked(key),
    articles: articlesOf(evidence.cluster.articles.ranked(key)),
    figures: refs(evidence.cluster.figures.ranked(key)),
  };
}
