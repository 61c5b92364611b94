/**
 * The size figures of a built atlas: page count, folder sizes, and the
 * transferred weight of the home page, the article pages and the JS of a
 * map page.
 */
import { distStats } from './dist-stats.ts';
import { distReader, pageJsGzipBytes, pageWeight, type PageWeight } from './page-weight.ts';
import { detailPages, homePages, summarizeWeights } from './pick-pages.ts';

/** Sizes of one built site; KB and MB are KiB and MiB. */
export interface SiteWeights {
  pages: number;
  distMB: number;
  searchIndexMB: number;
  /** The heaviest locale's home page. */
  homeKB: number | null;
  /** The heaviest article page of any locale, and the median one. */
  articleKB: number | null;
  articleMedianKB: number | null;
  /** The most JS any article page loads. */
  articleJsKB: number | null;
  /** The most JS any city page can load, its map code included. */
  mapPageJsKB: number | null;
  /** Which pages the figures are of, for the reader to open. */
  heaviestArticle: string | null;
  heaviestHome: string | null;
}

const KB = 1024;
const MB = 1024 * 1024;

/**
 * Weigh a built site served under `base`. Every article page is weighed
 * (assets are read and gzipped once), so the heaviest is the true one.
 * @example weighSite('/tmp/atlas-bench-100-x/dist', '/').articleKB // 9.6
 */
export function weighSite(dist: string, base: string): SiteWeights {
  const stats = distStats(dist);
  const read = distReader(dist);
  const weigh = (pages: string[]): PageWeight[] => pages.map((p) => pageWeight(p, read, base));
  const homes = summarizeWeights(weigh(homePages(stats.htmlPaths)), (w) => w.gzipBytes);
  const articles = weigh(detailPages(stats.htmlPaths, 'articles'));
  const articleSummary = summarizeWeights(articles, (w) => w.gzipBytes);
  const cities = detailPages(stats.htmlPaths, 'cities');
  const maxOf = (values: number[]): number | null => (values.length > 0 ? Math.max(...values) : null);
  const kb = (bytes: number | null | undefined): number | null =>
    bytes === null || bytes === undefined ? null : bytes / KB;
  return {
    pages: stats.htmlPaths.length,
    distMB: stats.bytes / MB,
    searchIndexMB: stats.searchIndexBytes / MB,
    homeKB: kb(homes?.heaviest.gzipBytes),
    articleKB: kb(articleSummary?.heaviest.gzipBytes),
    articleMedianKB: kb(articleSummary?.median.gzipBytes),
    articleJsKB: kb(maxOf(articles.map((w) => w.jsGzipBytes))),
    mapPageJsKB: kb(maxOf(cities.map((p) => pageJsGzipBytes(p, read, base)))),
    heaviestArticle: articleSummary?.heaviest.page ?? null,
    heaviestHome: homes?.heaviest.page ?? null,
  };
}
