/**
 * `npm run bench -- --articles N [--seed S] [--commit REF] [--keep] [--baseline] [--rebuild] [--search | --no-search]`
 *
 * Generates a deterministic synthetic corpus of N raw seed pages in a fresh
 * temporary folder, runs the whole build (`scripts/build.ts`: ingest, Astro,
 * maps, charts, search index) on it as a child process, and prints what it
 * cost: wall time, phases, peak memory of the build's process tree, output
 * sizes and page weights. Optionally: an unchanged rebuild, the search
 * benchmark in Chromium, and a bare Astro + MDX site of the same page count
 * as the baseline. Human-readable lines first; the last line is one JSON object.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBenchArgs, type BenchOptions } from './lib/bench/args.ts';
import {
  astroPages,
  astroSteps,
  describeRoutes,
  logTail,
  routeCosts,
  searchMillis,
  searchServiceMB,
} from './lib/bench/build-log.ts';
import { benchJson, describeFigures, type BenchFigures } from './lib/bench/report.ts';
import { runChild, type ChildRun } from './lib/bench/run-child.ts';
import { searchFigures, type SearchFigures, type SearchRow } from './lib/bench/search-summary.ts';
import { exportCommit, snapshotProject } from './lib/bench/snapshot.ts';
import { weighSite } from './lib/bench/weigh-site.ts';
import { writeBaseline } from './lib/bench/write-baseline.ts';
import { fingerprint, INGEST_CODE, SITE_CODE } from './lib/build-cache/fingerprint.ts';
import { DEFAULT_CORPUS_SEED, generateSyntheticCorpus } from './lib/corpus/generate.ts';

const CHROMIUM = '/usr/bin/chromium';
const root = process.cwd();
const log = (line: string): void => console.log(line);
/** A short hash of the code and data a build depends on, to tie figures to a version. */
const codeVersion = (code: string): string =>
  fingerprint(code, [...new Set([...INGEST_CODE, ...SITE_CODE])]).slice(0, 12);

/** Run a child step and stop the benchmark, showing the end of its log, when it fails. */
async function step(
  name: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<ChildRun> {
  const run = await runChild({ command: process.execPath, args, cwd, env, logFile });
  if (run.code !== 0) throw new Error(`bench: ${name} failed (exit ${run.code}); log ${logFile}:\n${logTail(run.log)}`);
  return run;
}

/** Write the corpus; returns the seed folder. */
function writeCorpus(work: string, options: BenchOptions): string {
  const seeds = join(work, 'seeds');
  mkdirSync(seeds, { recursive: true });
  const started = performance.now();
  const corpus = generateSyntheticCorpus({ articles: options.articles, seed: options.seed ?? DEFAULT_CORPUS_SEED });
  for (const { file, bytes } of corpus.files) writeFileSync(join(seeds, file), bytes);
  log(
    `bench: corpus of ${corpus.files.length} seed pages written in ${((performance.now() - started) / 1000).toFixed(1)}s → ${seeds}`,
  );
  return seeds;
}

/** The phase timings the build wrote where ATLAS_TIMINGS told it to. */
function readTimings(file: string): { ingestSeconds: number | null; astroSeconds: number | null } {
  if (!existsSync(file)) return { ingestSeconds: null, astroSeconds: null };
  const t = JSON.parse(readFileSync(file, 'utf8')) as { ingestSeconds?: number; astroSeconds?: number };
  return { ingestSeconds: t.ingestSeconds ?? null, astroSeconds: t.astroSeconds ?? null };
}

/** Search figures from bench-search in Chromium, or null when it cannot or should not run. */
async function measureSearch(
  options: BenchOptions,
  work: string,
  code: string,
  dist: string,
  base: string,
): Promise<SearchFigures | null> {
  if (options.search === false) return null;
  const missing = !existsSync(CHROMIUM)
    ? `no Chromium at ${CHROMIUM}`
    : !existsSync(join(dist, 'pagefind'))
      ? 'the build wrote no search index'
      : null;
  if (missing) {
    log(`bench: search not measured: ${missing}`);
    return null;
  }
  log('bench: measuring search in Chromium (scripts/bench-search.ts) …');
  const json = join(work, 'search.json');
  const args = ['scripts/bench-search.ts', '--dist', dist, '--base', base, '--json', json];
  const run = await step('bench-search', args, code, process.env, join(work, 'search.log'));
  for (const line of run.log.trimEnd().split('\n')) log(`  | ${line}`);
  return searchFigures(JSON.parse(readFileSync(json, 'utf8')) as SearchRow[]);
}

/** Build the bare Astro + MDX site of `pages` pages and time it. */
async function measureBaseline(work: string, pages: number, seed: number) {
  const dir = join(work, 'baseline');
  writeBaseline(dir, pages, seed, join(root, 'node_modules'));
  log(`bench: baseline: building a bare Astro + MDX site of ${pages} pages …`);
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const run = await step('baseline build', [astro, 'build'], dir, env, join(work, 'baseline.log'));
  const built = readdirSync(join(dir, 'dist'), { recursive: true }).filter((p) => String(p).endsWith('.html')).length;
  return {
    pages: built,
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    peakRssMB: run.peakRssKB / 1024,
    astroPages: astroPages(run.log),
  };
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  const loadAverage = loadavg()[0] ?? 0;
  const work = mkdtempSync(join(tmpdir(), `atlas-bench-${options.articles}-`));
  const dist = join(work, 'dist');
  // The build runs on a copy of the code as it is now (or of a commit): edits landing during the run cannot change it.
  const code = join(work, 'code');
  if (options.commit === undefined) snapshotProject(root, code);
  else log(`bench: building commit ${exportCommit(root, options.commit, code).slice(0, 12)}`);
  const base = process.env.ATLAS_BASE ?? '/';
  const timings = join(work, 'timings.json');
  const env = {
    ...process.env,
    ATLAS_SEEDS: writeCorpus(work, options),
    ATLAS_CONTENT: join(work, 'content'),
    ATLAS_OUT: dist,
    ATLAS_CACHE: join(work, 'cache'),
    ATLAS_BASE: base,
    ATLAS_SITE: process.env.ATLAS_SITE ?? 'https://atlas.example.org',
    ATLAS_TIMINGS: timings,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  log(`bench: building (log: ${join(work, 'build.log')}) …`);
  const cold = await step('build', ['scripts/build.ts'], code, env, join(work, 'build.log'));
  const phases = readTimings(timings);
  const searchMs = searchMillis(cold.log);
  const steps = astroSteps(cold.log);
  const weights = weighSite(dist, base);
  // Printed now, so a long run stopped in a later step still leaves its main figures.
  log(
    `bench: built ${weights.pages} pages in ${cold.seconds.toFixed(1)}s, peak RSS ${(cold.peakRssKB / 1024).toFixed(0)} MB; ` +
      `heaviest pages: ${weights.heaviestHome ?? '—'}, ${weights.heaviestArticle ?? '—'}`,
  );

  let rebuild: ChildRun | null = null;
  if (options.rebuild) {
    log('bench: rebuilding with nothing changed …');
    rebuild = await step('rebuild', ['scripts/build.ts'], code, env, join(work, 'rebuild.log'));
  }
  const search = await measureSearch(options, work, code, dist, base);
  const baseline = options.baseline
    ? await measureBaseline(work, weights.pages, options.seed ?? DEFAULT_CORPUS_SEED)
    : null;
  const msPerPage = (cold.seconds * 1000) / Math.max(1, weights.pages);
  const perPage = (seconds: number | null | undefined, pages: number): number | null =>
    seconds === null || seconds === undefined ? null : (seconds * 1000) / Math.max(1, pages);
  const baselineMsPerPage = baseline ? perPage(baseline.seconds, baseline.pages) : null;
  const cpuMsPerPage = perPage(cold.cpuSeconds, weights.pages);
  const baselineCpuMsPerPage = baseline ? perPage(baseline.cpuSeconds, baseline.pages) : null;

  const figures: BenchFigures = {
    articles: options.articles,
    pages: weights.pages,
    seconds: cold.seconds,
    outDir: dist,
    ...phases,
    searchSeconds: searchMs === null ? null : searchMs / 1000,
    peakRssMB: cold.peakRssKB / 1024,
    distMB: weights.distMB,
    searchIndexMB: weights.searchIndexMB,
    homeKB: weights.homeKB,
    articleKB: weights.articleKB,
    mapPageJsKB: weights.mapPageJsKB,
    searchFirstQueryMs: search?.firstQueryMs ?? null,
    searchQueryKB: search?.queryKB ?? null,
    msPerPage,
    cpuSeconds: cold.cpuSeconds,
    cpuMsPerPage,
    astroBundleSeconds: steps.bundleSeconds,
    astroRenderSeconds: steps.renderSeconds,
    articleMedianKB: weights.articleMedianKB,
    articleJsKB: weights.articleJsKB,
    searchOpenKB: search?.openKB ?? null,
    searchPeakRssMB: searchServiceMB(cold.log),
    rebuildSeconds: rebuild?.seconds ?? null,
    rebuildSpeedup: rebuild ? cold.seconds / rebuild.seconds : null,
    baselinePages: baseline?.pages ?? null,
    baselineSeconds: baseline?.seconds ?? null,
    baselineMsPerPage,
    baselineCpuMsPerPage,
    baselinePeakRssMB: baseline?.peakRssMB ?? null,
    ratio: baselineMsPerPage ? msPerPage / baselineMsPerPage : null,
    cpuRatio: cpuMsPerPage !== null && baselineCpuMsPerPage ? cpuMsPerPage / baselineCpuMsPerPage : null,
    loadAverage,
    cores: availableParallelism(),
    codeVersion: codeVersion(code),
  };
  if (!options.keep) {
    rmSync(work, { recursive: true, force: true });
    log(`bench: removed ${work} (--keep keeps it)`);
  }
  for (const line of [...describeFigures(figures), ...describeRoutes(routeCosts(cold.log))]) log(line);
  log(benchJson(figures));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
