/**
 * Builds the full-text search index as the last step of `astro build`.
 *
 * Pagefind reads the built HTML (only the parts marked `data-pagefind-body`),
 * splits it into one index per `<html lang>` (zh-Hans, zh-Hant, en) and writes
 * the bundle to `<outDir>/pagefind/`. Pages are fed one by one, in path order
 * (so the bundle is the same on every build), after marking text in the other
 * Chinese script as not indexed. Any error Pagefind reports fails the build:
 * a site whose search silently finds nothing is worse than no build.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { ignoreForeignScript } from '../lib/search/foreign-script.ts';

/** What one indexing run produced. */
export interface SearchIndexReport {
  /** Pages indexed, all languages together. */
  pages: number;
  /** Pages per index language, as Pagefind names them (`zh-hans`, `zh-hant`, `en`). */
  languages: Record<string, number>;
  /** The bundle folder. */
  outputPath: string;
}

/** Throw when Pagefind reports errors, naming the step that failed. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`pagefind: ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Page counts per language from the bundle's entry file. */
async function languageCounts(bundle: string): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]));
}

/** HTML files of a built site, as sorted `/`-separated paths, leaving out an earlier bundle. */
async function htmlPaths(site: string): Promise<string[]> {
  const all = await readdir(site, { recursive: true });
  return all
    .map((p) => p.split(sep).join('/'))
    .filter((p) => p.endsWith('.html') && !p.startsWith('pagefind/'))
    .sort();
}

/** The URL a built file is served at, relative to the base (`cities/qingdao/index.html` → `/cities/qingdao/`). */
export function pageUrl(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Index every HTML page of a built site and write the bundle into
 * `<site>/pagefind/`. Rejects when Pagefind reports any error or indexes no page.
 * @example await indexSite('/tmp/dist') // { pages: 42, languages: { 'zh-hans': 14, … }, … }
 */
export async function indexSite(site: string): Promise<SearchIndexReport> {
  const outputPath = join(site, 'pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    check('createIndex', errors);
    if (!index) throw new Error('pagefind: createIndex returned no index');
    for (const path of await htmlPaths(site)) {
      const content = ignoreForeignScript(await readFile(join(site, path), 'utf8'));
      check(`indexing ${path}`, (await index.addHTMLFile({ url: pageUrl(path), content })).errors);
    }
    const written = await index.writeFiles({ outputPath });
    check(`writing ${outputPath}`, written.errors);
    const languages = await languageCounts(outputPath);
    const pages = Object.values(languages).reduce((a, b) => a + b, 0);
    if (pages === 0) throw new Error(`pagefind: no page in ${site} is marked data-pagefind-body`);
    return { pages, languages, outputPath };
  } finally {
    await pagefind.close();
  }
}

/** One log line per run: totals and each language's share. */
export function describeReport(report: SearchIndexReport): string {
  const langs = Object.entries(report.languages)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([lang, n]) => `${lang} ${n}`)
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
