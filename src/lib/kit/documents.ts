/**
 * The JSON files of the download: the whole atlas, and one file per entity
 * or article holding its record, its figures (with provenance) and its
 * articles. Each file says what it is and under which terms (`atlas`).
 */
import { messages } from '../../i18n/messages.ts';
import type { PageKind } from '../atlas-types.ts';
import { pageUrls, type SiteAddress } from './dataset.ts';
import { DATA_LICENCE, type Licence } from './licence.ts';
import type { ArticleRecord, ClusterRecord, FigureRecord, Tables, Triple } from './records.ts';

/** What every download file says about itself. */
export interface AtlasMeta {
  name: Triple;
  /** The home page. */
  url: Triple;
  /** The about page, which documents every field. */
  documentation: Triple;
  licence: Licence;
}

/** `data/atlas.json`. */
export type AtlasDocument = { atlas: AtlasMeta } & Tables;

/** `data/<kind>/<id>.json`. */
export interface EntityDocument {
  atlas: AtlasMeta;
  /** The singular kind: city, park, industry, cluster, article. */
  kind: 'city' | 'park' | 'industry' | 'cluster' | 'article';
  entity: object;
  /** The figures it refers to; for an industry, those of its clusters. */
  figures: FigureRecord[];
  articles?: ArticleRecord[];
  /** An industry's clusters. */
  clusters?: ClusterRecord[];
}

/** The self-description of the download files. */
export function atlasMeta(address: SiteAddress): AtlasMeta {
  return {
    name: {
      hans: messages('zh-hans').siteName,
      hant: messages('zh-hant').siteName,
      en: messages('en').siteName,
    },
    url: pageUrls('', address),
    documentation: pageUrls('about/', address),
    licence: DATA_LICENCE,
  };
}

/** The whole atlas in one file. */
export function atlasDocument(tables: Tables, meta: AtlasMeta): AtlasDocument {
  return { atlas: meta, ...tables };
}

/** Every table's rows by id, and each article's place in the atlas's order. */
export interface TableIndex {
  cities: ReadonlyMap<string, Tables['cities'][number]>;
  parks: ReadonlyMap<string, Tables['parks'][number]>;
  industries: ReadonlyMap<string, Tables['industries'][number]>;
  clusters: ReadonlyMap<string, Tables['clusters'][number]>;
  articles: ReadonlyMap<string, ArticleRecord>;
  figures: ReadonlyMap<string, FigureRecord>;
  /** An article's position in `tables.articles` (newest first). */
  articleRank: ReadonlyMap<string, number>;
}

const byId = <T extends { id: string }>(rows: readonly T[]): ReadonlyMap<string, T> =>
  new Map(rows.map((r) => [r.id, r]));

// One index per Tables object: the per-entity endpoints call entityDocument thousands of times on the same tables.
const indexes = new WeakMap<Tables, TableIndex>();

/**
 * The lookup maps of a set of tables, built on first use and reused for as
 * long as the tables live, so each entity document costs only its own rows.
 */
export function tableIndex(tables: Tables): TableIndex {
  let index = indexes.get(tables);
  if (!index) {
    index = {
      cities: byId(tables.cities),
      parks: byId(tables.parks),
      industries: byId(tables.industries),
      clusters: byId(tables.clusters),
      articles: byId(tables.articles),
      figures: byId(tables.figures),
      articleRank: new Map(tables.articles.map((a, i) => [a.id, i])),
    };
    indexes.set(tables, index);
  }
  return index;
}

function pick<T>(byId: ReadonlyMap<string, T>, ids: readonly string[]): T[] {
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}

const SINGULAR = {
  cities: 'city',
  parks: 'park',
  industries: 'industry',
  clusters: 'cluster',
  articles: 'article',
} as const satisfies Record<PageKind, EntityDocument['kind']>;

/** Articles in the atlas's order (newest first), whatever order the ids come in. */
function articlesOf(index: TableIndex, ids: readonly string[]): ArticleRecord[] {
  const ranked = pick(index.articles, [...new Set(ids)]).map((a) => ({ a, rank: index.articleRank.get(a.id) ?? 0 }));
  return ranked.sort((x, y) => x.rank - y.rank).map(({ a }) => a);
}

/** One entity's or article's file; undefined when there is no such entity. */
export function entityDocument(
  tables: Tables,
  kind: PageKind,
  id: string,
  meta: AtlasMeta,
): EntityDocument | undefined {
  const index = tableIndex(tables);
  const base = { atlas: meta, kind: SINGULAR[kind] };
  if (kind === 'industries') {
    const industry = index.industries.get(id);
    if (!industry) return undefined;
    const clusters = pick(index.clusters, industry.clusters);
    const figureIds = [...new Set(clusters.flatMap((c) => c.figures))];
    return {
      ...base,
      entity: industry,
      figures: pick(index.figures, figureIds),
      articles: articlesOf(index, industry.articles),
      clusters,
    };
  }
  const entity = index[kind].get(id);
  if (!entity) return undefined;
  const figures = pick(index.figures, entity.figures);
  if (kind === 'articles') return { ...base, entity, figures };
  return { ...base, entity, figures, articles: articlesOf(index, (entity as { articles: string[] }).articles) };
}

/**
 * A document as a file: two-space JSON with a final newline, keys in the
 * order the records were built, so the same atlas gives the same bytes.
 */
export function jsonFile(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
