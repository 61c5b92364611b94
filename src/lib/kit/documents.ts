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

function pick<T extends { id: string }>(rows: readonly T[], ids: readonly string[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
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
function articlesOf(tables: Tables, ids: readonly string[]): ArticleRecord[] {
  const wanted = new Set(ids);
  return tables.articles.filter((a) => wanted.has(a.id));
}

/** One entity's or article's file; undefined when there is no such entity. */
export function entityDocument(
  tables: Tables,
  kind: PageKind,
  id: string,
  meta: AtlasMeta,
): EntityDocument | undefined {
  const base = { atlas: meta, kind: SINGULAR[kind] };
  if (kind === 'industries') {
    const industry = tables.industries.find((i) => i.id === id);
    if (!industry) return undefined;
    const clusters = pick(tables.clusters, industry.clusters);
    const figureIds = [...new Set(clusters.flatMap((c) => c.figures))];
    return {
      ...base,
      entity: industry,
      figures: pick(tables.figures, figureIds),
      articles: articlesOf(tables, industry.articles),
      clusters,
    };
  }
  const entity = tables[kind].find((e) => e.id === id);
  if (!entity) return undefined;
  const figures = pick(tables.figures, entity.figures);
  if (kind === 'articles') return { ...base, entity, figures };
  return { ...base, entity, figures, articles: articlesOf(tables, (entity as { articles: string[] }).articles) };
}

/**
 * A document as a file: two-space JSON with a final newline, keys in the
 * order the records were built, so the same atlas gives the same bytes.
 */
export function jsonFile(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
