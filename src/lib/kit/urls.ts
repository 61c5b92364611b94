/**
 * Where the journalists' kit puts things. Every address is ASCII, lower-case
 * and stable as the corpus grows; data is the same in every locale, so it
 * has no locale prefix, while feeds, embeds and share cards do.
 *
 * | what                         | path (under the deployment base)                         |
 * | ---------------------------- | -------------------------------------------------------- |
 * | whole atlas, JSON            | `data/atlas.json`                                        |
 * | whole atlas, GeoJSON         | `data/atlas.geojson` (cities and parks as Points)        |
 * | one table, CSV               | `data/<table>.csv` (cities, parks, industries, clusters, companies, articles, figures) |
 * | one entity, JSON             | `data/<kind>/<id>.json` (kind: cities, parks, industries, clusters, articles) |
 * | one entity's figures, CSV    | `data/<kind>/<id>.csv`                                   |
 * | feed of the whole atlas      | `rss.xml`, `zh-hant/rss.xml`, `en/rss.xml`               |
 * | feed of one entity           | `[<locale>/]<kind>/<id>/rss.xml` (cities, parks, industries; a cluster's page offers its city's and industry's) |
 * | embeddable map               | `[<locale>/]embed/cities/<id>/`                          |
 * | share card (Open Graph)      | `og/<kind>/<id>.jpg` (cities, industries; every locale's page shares it; parks, clusters and articles show their city's), `og/<locale>.jpg` (home) |
 */
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import type { PageKind } from '../atlas-types.ts';

/** The tables of the atlas download, each also a CSV file. */
export const TABLES = ['cities', 'parks', 'industries', 'clusters', 'companies', 'articles', 'figures'] as const;
export type Table = (typeof TABLES)[number];

/**
 * Kinds with a feed of their own. A cluster (one industry in one city) has
 * none: its articles are in its city's feed and its industry's, which its
 * page offers, and a feed per cluster and locale was the largest group of
 * outputs of a big corpus (about 28,000 files at 10,000 articles).
 */
export const FEED_KINDS = ['cities', 'parks', 'industries'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

/**
 * Kinds whose map can be embedded. A city's map shows all its parks, those of
 * each of its clusters among them, so a cluster page offers its city's map.
 */
export const EMBED_KINDS = ['cities'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

function withBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

/**
 * The URL of a download (site-relative, with the base).
 * @example dataUrl('cities/qingdao.json', '/atlas/') // '/atlas/data/cities/qingdao.json'
 */
export function dataUrl(file: string, base: string): string {
  return withBase(base, `data/${file}`);
}

/**
 * The file name of an entity's own download.
 * @example entityDataFile('cities', 'qingdao', 'csv') // 'cities/qingdao.csv'
 */
export function entityDataFile(kind: PageKind, id: string, ext: 'json' | 'csv'): string {
  return `${kind}/${id}.${ext}`;
}

/**
 * The feed of the atlas (no kind) or of one entity, in a locale.
 * @example feedUrl('en', '/atlas/', 'cities', 'qingdao') // '/atlas/en/cities/qingdao/rss.xml'
 */
export function feedUrl(locale: Locale, base: string, kind?: FeedKind, id?: string): string {
  return localizedPath(locale, kind && id ? `${kind}/${id}/rss.xml` : 'rss.xml', base);
}

/**
 * The embeddable map of a city, in a locale.
 * @example embedUrl('zh-hans', '/', 'cities', 'qingdao') // '/embed/cities/qingdao/'
 */
export function embedUrl(locale: Locale, base: string, kind: EmbedKind, id: string): string {
  return localizedPath(locale, `embed/${kind}/${id}/`, base);
}

/**
 * Kinds with a share card of their own. Park and cluster pages show their
 * city's card, and an article page its first city's (the home card when it
 * names none): the shared link's title names the park, cluster or headline
 * already, and a card costs about 25 ms of CPU. Parks and clusters are most
 * of the entities (8,000 parks at 10,000 articles: more CPU than any page
 * kind), articles most of the pages.
 */
export const CARD_KINDS = ['cities', 'industries'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/**
 * The share card of a city or industry page, the same for every locale.
 * @example ogImageUrl('/atlas/', 'cities', 'qingdao') // '/atlas/og/cities/qingdao.jpg'
 */
export function ogImageUrl(base: string, kind: CardKind, id: string): string {
  return withBase(base, `og/${kind}/${id}.jpg`);
}

/**
 * The share card of the home page and the other pages without one of their own, in a locale.
 * @example homeImageUrl('en', '/') // '/og/en.jpg'
 */
export function homeImageUrl(locale: Locale, base: string): string {
  return withBase(base, `og/${locale}.jpg`);
}
