/**
 * `npm run build`: ingest the seeds, build the site with Astro (and its
 * search index), and write `dist/build-report.json`. When neither the content
 * nor the code nor the settings changed since the last build into the same
 * folder, Astro is skipped: the folder already holds that build.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import { atlasCacheDir } from './lib/build-cache/paths.ts';
import { fingerprint, SITE_CODE } from './lib/build-cache/fingerprint.ts';
import { sha256Hex } from './lib/article-id.ts';
import { runIngest } from './lib/run-ingest.ts';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
// Vite reads these from the environment and they would override the config
// (a test runner exports BASE_URL=/ and MODE=test): a build depends only on
// the ATLAS_* settings.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];
process.env.NODE_ENV = 'production';
const root = process.cwd();
const seedsDir = resolve(process.env.ATLAS_SEEDS ?? 'seeds');
const contentDir = resolve(process.env.ATLAS_CONTENT ?? 'content');
const outDir = resolve(process.env.ATLAS_OUT ?? 'dist');
const settings = ['ATLAS_BASE', 'ATLAS_SITE', 'ATLAS_CONTENT', 'ATLAS_OUT', 'ATLAS_TILES'].map(
  (k) => `${k}=${process.env[k] ?? ''}`,
);

const ingestStarted = performance.now();
const report = runIngest({ root, seedsDir, outDir: contentDir, cacheDir: atlasCacheDir('ingest') });
const ingestSeconds = (performance.now() - ingestStarted) / 1000;
let astroSeconds = 0;

const stampFile = join(atlasCacheDir('build'), `${sha256Hex(outDir).slice(0, 16)}.json`);
const inputs = fingerprint(root, [...SITE_CODE, contentDir], settings);
const previous = existsSync(stampFile) ? (JSON.parse(readFileSync(stampFile, 'utf8')) as { inputs: string }) : null;
const reportFile = join(outDir, 'build-report.json');

if (previous?.inputs === inputs && existsSync(reportFile)) {
  console.log(`build: nothing changed since the last build; ${outDir} is up to date`);
} else {
  const started = performance.now();
  await build({ root });
  astroSeconds = (performance.now() - started) / 1000;
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  mkdirSync(atlasCacheDir('build'), { recursive: true });
  writeFileSync(stampFile, JSON.stringify({ inputs }));
  console.log(`build: site built in ${astroSeconds.toFixed(1)}s → ${outDir}`);
}
// Benchmarks ask for the phases' timings in a file of their own: dist/ never holds a clock reading.
if (process.env.ATLAS_TIMINGS) {
  writeFileSync(process.env.ATLAS_TIMINGS, JSON.stringify({ ingestSeconds, astroSeconds }));
}
if (report.skipped.length > 0) {
  console.warn(`build: ${report.skipped.length} seed(s) skipped; see ${reportFile}`);
}
