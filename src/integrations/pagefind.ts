/**
 * Builds the full-text search index as the last step of `astro build`.
 *
 * Each locale is indexed on its own, in its own Pagefind service process
 * (`createIndex` … `writeFiles`, then `close()` ends the process and frees
 * its memory), into its own bundle `<outDir>/pagefind/<locale>/`: the peak
 * memory is one locale's, not the whole site's, and a search page downloads
 * only its own locale's runtime and metadata. Only pages marked
 * `data-pagefind-body` are sent (entity and article pages), in path order so
 * the bundle is the same on every build, after text in the other Chinese
 * script is marked as not indexed. Each bundle also gets a small list of its
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
import { addPageFilters, pageFilters, sortFilterValues, type FilterValues } from '../lib/search/filter-values.ts';
import { ignoreForeignScript } from '../lib/search/foreign-script.ts';
import { pagesByLocale } from './pagefind-pages.ts';

/** What one indexing run produced. */
export interface SearchIndexReport {
  /** Pages indexed, all locales together. */
  pages: number;
  /** Pages per locale (`zh-hans`, `zh-hant`, `en`); a locale with no page has no bundle. */
  languages: Record<string, number>;
  /** Milliseconds each locale's index took. */
  millis: Record<string, number>;
  /** The folder holding the per-locale bundles. */
  outputPath: string;
}

/** Throw when Pagefind reports errors, naming the step that failed. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`pagefind: ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Page count of a bundle, from its entry file (one language per bundle). */
async function bundlePageCount(bundle: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, info) => sum + info.page_count, 0);
}

/** The URL a built file is served at, relative to the base (`cities/qingdao/index.html` → `/cities/qingdao/`). */
export function pageUrl(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Index one locale's pages into `bundle` in a service process of its own,
 * ended afterwards whatever happens. Returns the number of pages indexed.
 */
async function indexLocale(site: string, paths: readonly string[], bundle: string): Promise<number> {
  const filters: FilterValues = {};
  try {
    const { index, errors } = await pagefind.createIndex({ writePlayground: false });
    check('createIndex', errors);
    if (!index) throw new Error('pagefind: createIndex returned no index');
    for (const path of paths) {
      const content = ignoreForeignScript(await readFile(join(site, path), 'utf8'));
      addPageFilters(filters, pageFilters(content));
      check(`indexing ${path}`, (await index.addHTMLFile({ url: pageUrl(path), content })).errors);
    }
    await rm(bundle, { recursive: true, force: true });
    check(`writing ${bundle}`, (await index.writeFiles({ outputPath: bundle })).errors);
  } finally {
    await pagefind.close();
  }
  await writeFile(join(bundle, FILTER_VALUES_FILE), `${JSON.stringify(sortFilterValues(filters))}\n`);
  return bundlePageCount(bundle);
}

/**
 * Index the marked pages of a built site, one bundle per locale in
 * `<site>/pagefind/<locale>/`. Rejects when Pagefind reports any error or no page is marked.
 * @example await indexSite('/tmp/dist') // { pages: 42, languages: { 'zh-hans': 14, … }, … }
 */
export async function indexSite(site: string): Promise<SearchIndexReport> {
  const outputPath = join(site, SEARCH_ROOT);
  const byLocale = await pagesByLocale(site);
  if (LOCALES.every((locale) => byLocale[locale].length === 0)) {
    throw new Error(`pagefind: no page in ${site} is marked data-pagefind-body`);
  }
  await rm(outputPath, { recursive: true, force: true });
  await mkdir(outputPath, { recursive: true });
  const languages: Record<string, number> = {};
  const millis: Record<string, number> = {};
  for (const locale of LOCALES.filter((l: Locale) => byLocale[l].length > 0)) {
    const started = performance.now();
    languages[locale] = await indexLocale(site, byLocale[locale], join(site, bundleFolder(locale)));
    millis[locale] = Math.round(performance.now() - started);
  }
  const pages = Object.values(languages).reduce((a, b) => a + b, 0);
  return { pages, languages, millis, outputPath };
}

/** One log line per run: totals and each locale's pages and time (the bench reads the total time after it). */
export function describeReport(report: SearchIndexReport): string {
  const langs = Object.entries(report.languages)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([lang, n]) => `${lang} ${n}${report.millis[lang] === undefined ? '' : ` (${report.millis[lang]} ms)`}`)
    .join(', ');
  return `indexed ${report.pages} pages (${langs}) → ${report.outputPath}`;
}

/**
 * The Astro integration: runs `indexSite` on the output folder once the
 * build is done (the folder named by `outDir`, so ATLAS_OUT builds are
 * indexed where they are written).
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
        const started = performance.now();
        const report = await indexSite(fileURLToPath(dir));
        logger.info(`${describeReport(report)} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
