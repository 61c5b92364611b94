/**
 * Builds the full-text search index of a built site: as the last step of
 * `astro build`, or afterwards from `scripts/build.ts` once Astro's process
 * has exited (`ATLAS_SEARCH_INDEX=defer`, see `pagefind-defer.ts`).
 *
 * Each locale is indexed on its own, in its own Pagefind service process
 * (`createIndex` … `writeFiles`, then `close()` ends the process and frees
 * its memory), into its own bundle `<outDir>/pagefind/<locale>/`: the peak
 * memory is one locale's, not the whole site's, and a search page downloads
 * only its own locale's runtime and metadata. Only pages marked
 * `data-pagefind-body` are sent (article, city, park and industry pages), in
 * path order so the bundle is the same on every build, prepared as
 * `pagefind-feed.ts` says; park pages go in as directories of a city's
 * parks (`park-directory.ts`). Word-index chunks are half Pagefind's default
 * size (`pagefind-chunking.ts`). Each bundle also gets a small list of its
 * filter values (`filter-values.json`), so the search page fills its menus
 * without downloading every filter chunk. Any error Pagefind reports fails
 * the build: a site whose search silently finds nothing is worse than no build.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { bundleFolder, FILTER_VALUES_FILE, SEARCH_ROOT } from '../lib/search/bundle-path.ts';
import { sortFilterValues } from '../lib/search/filter-values.ts';
import { leftToCaller } from './defer.ts';
import { reserveSearchFolder, searchIndexMode, SEARCH_INDEX_ENV, SEARCH_INDEX_STEP } from './pagefind-defer.ts';
import { INDEX_CHUNK_LOCATIONS, withChunkSize } from './pagefind-chunking.ts';
import { serviceHighWaterKB } from './pagefind-memory.ts';
import { check, feed, type Fed } from './pagefind-feed.ts';
import { PAGE_FURNITURE } from './pagefind-furniture.ts';
import { candidatesByLocale } from './pagefind-pages.ts';

export { pageUrl } from './pagefind-feed.ts';

/** What one indexing run produced. */
export interface SearchIndexReport {
  /** Records indexed, all locales together (a park directory is one). */
  pages: number;
  /** Pages per locale (`zh-hans`, `zh-hant`, `en`); a locale with no page has no bundle. */
  languages: Record<string, number>;
  /** Milliseconds each locale's index took. */
  millis: Record<string, number>;
  /** Peak memory of each locale's Pagefind service in MiB, where the system tells it (Linux). */
  serviceMB: Record<string, number>;
  /** The folder holding the per-locale bundles. */
  outputPath: string;
}

/** How pages are fed to Pagefind. */
export interface IndexOptions {
  /** Pages sent before waiting for the oldest to be indexed (1: one at a time). */
  inFlight: number;
  /** Parts of pages left out of the index (CSS selectors). */
  excludeSelectors: readonly string[];
  /** Locations per word-index chunk (see `pagefind-chunking.ts`). */
  chunkLocations: number;
}

/** What the build uses. */
export const DEFAULT_INDEX_OPTIONS: IndexOptions = {
  inFlight: 8,
  excludeSelectors: PAGE_FURNITURE,
  chunkLocations: INDEX_CHUNK_LOCATIONS,
};

/** Page count of a bundle, from its entry file (one language per bundle). */
async function bundlePageCount(bundle: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, info) => sum + info.page_count, 0);
}

/**
 * Index one locale's pages into `bundle` in a service process of its own,
 * ended afterwards whatever happens. Returns the number of pages indexed
 * and the service's peak memory in KiB (null where it cannot be read).
 */
async function indexLocale(
  site: string,
  locale: Locale,
  paths: readonly string[],
  bundle: string,
  options: IndexOptions,
): Promise<{ pages: number; serviceKB: number | null }> {
  let fed: Fed;
  let serviceKB: number | null;
  try {
    const { index, errors } = await withChunkSize(options.chunkLocations, () =>
      pagefind.createIndex({ writePlayground: false, excludeSelectors: [...options.excludeSelectors] }),
    );
    check('createIndex', errors);
    if (!index) throw new Error('pagefind: createIndex returned no index');
    fed = await feed(index, site, locale, paths, options.inFlight);
    // A locale with no marked page has no bundle.
    if (fed.sent === 0) return { pages: 0, serviceKB: null };
    await rm(bundle, { recursive: true, force: true });
    check(`writing ${bundle}`, (await index.writeFiles({ outputPath: bundle })).errors);
    serviceKB = serviceHighWaterKB();
  } finally {
    await pagefind.close();
  }
  await writeFile(join(bundle, FILTER_VALUES_FILE), `${JSON.stringify(sortFilterValues(fed.filters))}\n`);
  return { pages: await bundlePageCount(bundle), serviceKB };
}

/**
 * Index the marked pages of a built site, one bundle per locale in
 * `<site>/pagefind/<locale>/`, leaving page furniture out (see PAGE_FURNITURE). Rejects when Pagefind reports any error or no page is marked.
 * @example await indexSite('/tmp/dist') // { pages: 42, languages: { 'zh-hans': 14, … }, … }
 */
export async function indexSite(
  site: string,
  options: IndexOptions = DEFAULT_INDEX_OPTIONS,
): Promise<SearchIndexReport> {
  const outputPath = join(site, SEARCH_ROOT);
  const byLocale = await candidatesByLocale(site);
  await rm(outputPath, { recursive: true, force: true });
  await mkdir(outputPath, { recursive: true });
  const languages: Record<string, number> = {};
  const millis: Record<string, number> = {};
  const serviceMB: Record<string, number> = {};
  for (const locale of LOCALES.filter((l: Locale) => byLocale[l].length > 0)) {
    const started = performance.now();
    const done = await indexLocale(site, locale, byLocale[locale], join(site, bundleFolder(locale)), options);
    if (done.pages === 0) continue;
    languages[locale] = done.pages;
    millis[locale] = Math.round(performance.now() - started);
    if (done.serviceKB !== null) serviceMB[locale] = Math.round(done.serviceKB / 1024);
  }
  const pages = Object.values(languages).reduce((a, b) => a + b, 0);
  if (pages === 0) throw new Error(`pagefind: no page in ${site} is marked data-pagefind-body`);
  return { pages, languages, millis, serviceMB, outputPath };
}

/** One locale's part of the log line: pages, then time and the service's peak memory when known. */
function describeLocale(report: SearchIndexReport, lang: string, pages: number): string {
  const ms = report.millis[lang];
  const mb = report.serviceMB[lang];
  const details = [ms === undefined ? null : `${ms} ms`, mb === undefined ? null : `service peak ${mb} MB`];
  const known = details.filter((d) => d !== null);
  return `${lang} ${pages}${known.length > 0 ? ` (${known.join(', ')})` : ''}`;
}

/**
 * One log line per run: totals and each locale's pages, time and service
 * memory (the bench reads the total time appended after it, and the largest service peak).
 * @example describeReport(report) // 'indexed 9 pages (en 3 (210 ms, service peak 40 MB), …) → /d/pagefind'
 */
export function describeReport(report: SearchIndexReport): string {
  const langs = Object.entries(report.languages)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([lang, n]) => describeLocale(report, lang, n))
    .join(', ');
  return `indexed ${report.pages} pages (${langs}) → ${report.outputPath}`;
}

/** Where `indexBuiltSite` reports: Astro's integration logger, or a console line. */
export interface IndexLogger {
  info(message: string): void;
}

/**
 * Index a built site (see `indexSite`) and log one line with the whole run's
 * time, which the bench reads (`indexed … → <site>/pagefind in 1234 ms`).
 * @example await indexBuiltSite('/tmp/dist', { info: (m) => console.log(`[atlas:pagefind] ${m}`) })
 */
export async function indexBuiltSite(site: string, logger: IndexLogger): Promise<SearchIndexReport> {
  const started = performance.now();
  const report = await indexSite(site);
  logger.info(`${describeReport(report)} in ${Math.round(performance.now() - started)} ms`);
  return report;
}

/**
 * The Astro integration: once the build is done, indexes the output folder
 * (the one `outDir` names, so ATLAS_OUT builds are indexed where they are
 * written), or, with `ATLAS_SEARCH_INDEX=defer`, only holds the search
 * folder's place for the caller to index after Astro has exited.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'atlas:pagefind',
    hooks: {
      // A misspelt mode fails before the pages are rendered, not after.
      'astro:config:done': () => {
        searchIndexMode(process.env);
      },
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
        const site = fileURLToPath(dir);
        if (leftToCaller(SEARCH_INDEX_ENV, SEARCH_INDEX_STEP, logger)) {
          await reserveSearchFolder(site);
          return;
        }
        await indexBuiltSite(site, logger);
      },
    },
  };
}
