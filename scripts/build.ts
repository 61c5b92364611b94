/**
 * `npm run build`: ingest the seeds, build the site with Astro in a child
 * process (`scripts/astro-build.ts`), then, once that process has exited and
 * its memory is free, build the search index, and write
 * `dist/build-report.json`. When neither the content nor the code nor the
 * settings changed since the last build into the same folder, Astro is
 * skipped: the folder already holds that build.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join, resolve } from 'node:path';
import { indexBuiltSite } from '../src/integrations/pagefind.ts';
import { SEARCH_INDEX_ENV } from '../src/integrations/pagefind-defer.ts';
import { atlasCacheDir } from './lib/build-cache/paths.ts';
import { fingerprint, SITE_CODE } from './lib/build-cache/fingerprint.ts';
import { sha256Hex } from './lib/article-id.ts';
import { runIngest } from './lib/run-ingest.ts';

const root = process.cwd();
const seedsDir = resolve(process.env.ATLAS_SEEDS ?? 'seeds');
const contentDir = resolve(process.env.ATLAS_CONTENT ?? 'content');
const outDir = resolve(process.env.ATLAS_OUT ?? 'dist');
const settings = ['ATLAS_BASE', 'ATLAS_SITE', 'ATLAS_CONTENT', 'ATLAS_OUT', 'ATLAS_TILES'].map(
  (k) => `${k}=${process.env[k] ?? ''}`,
);

/**
 * Run Astro's build as a child with this environment, its output streamed
 * through, the search index left to this process. Resolves with its exit
 * code (128 + the signal's number when a signal ended it).
 */
function runAstro(): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...process.execArgv, join(import.meta.dirname, 'astro-build.ts')], {
      cwd: root,
      env: { ...process.env, [SEARCH_INDEX_ENV]: 'defer' },
      stdio: 'inherit',
    });
    child.once('error', fail);
    child.once('exit', (code, signal) => done(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

const ingestStarted = performance.now();
const report = runIngest({ root, seedsDir, outDir: contentDir, cacheDir: atlasCacheDir('ingest') });
const ingestSeconds = (performance.now() - ingestStarted) / 1000;
let astroSeconds = 0;
let searchSeconds = 0;

const stampFile = join(atlasCacheDir('build'), `${sha256Hex(outDir).slice(0, 16)}.json`);
const inputs = fingerprint(root, [...SITE_CODE, contentDir], settings);
const previous = existsSync(stampFile) ? (JSON.parse(readFileSync(stampFile, 'utf8')) as { inputs: string }) : null;
const reportFile = join(outDir, 'build-report.json');

if (previous?.inputs === inputs && existsSync(reportFile)) {
  console.log(`build: nothing changed since the last build; ${outDir} is up to date`);
} else {
  const started = performance.now();
  const code = await runAstro();
  if (code !== 0) {
    console.error(`build: astro build failed (exit ${code})`);
    process.exit(code);
  }
  astroSeconds = (performance.now() - started) / 1000;
  const searchStarted = performance.now();
  await indexBuiltSite(outDir, { info: (message) => console.log(`[atlas:pagefind] ${message}`) });
  searchSeconds = (performance.now() - searchStarted) / 1000;
  // Only a build that is whole, index included, gets its report and the stamp that lets the next run skip it.
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  mkdirSync(atlasCacheDir('build'), { recursive: true });
  writeFileSync(stampFile, JSON.stringify({ inputs }));
  console.log(
    `build: site built in ${(astroSeconds + searchSeconds).toFixed(1)}s ` +
      `(Astro ${astroSeconds.toFixed(1)}s, search index ${searchSeconds.toFixed(1)}s) → ${outDir}`,
  );
}
// Benchmarks ask for the phases' timings in a file of their own: dist/ never holds a clock reading.
if (process.env.ATLAS_TIMINGS) {
  writeFileSync(process.env.ATLAS_TIMINGS, JSON.stringify({ ingestSeconds, astroSeconds, searchSeconds }));
}
if (report.skipped.length > 0) {
  console.warn(`build: ${report.skipped.length} seed(s) skipped; see ${reportFile}`);
}
