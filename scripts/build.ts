/**
 * `npm run build`: ingest the seeds, build the site with Astro while the kit
 * files that need only the content (share cards, per-entity downloads) are
 * made beside it, then build the search index while the pages are read for
 * `_headers`, and write `dist/build-report.json`. Each step runs in a child
 * process (`scripts/ingest.ts`, `astro-build.ts`, `kit-files.ts`,
 * `page-hashes.ts`), so its memory is given back when it ends and the two
 * cores are kept busy: this process stays small. When neither the content
 * nor the code nor the settings changed since the last build into the same
 * folder, Astro is skipped: the folder already holds that build.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ENTITY_DOWNLOADS_ENV } from '../src/integrations/entity-downloads.ts';
import { indexBuiltSite } from '../src/integrations/pagefind.ts';
import { SEARCH_INDEX_ENV } from '../src/integrations/pagefind-defer.ts';
import { SECURITY_HEADERS_ENV, writeHeadersFile } from '../src/integrations/security-headers.ts';
import { CARDS_PENDING_FILE, SHARE_CARDS_ENV } from '../src/integrations/share-cards.ts';
import type { InlineHashes } from '../src/integrations/csp-policy.ts';
import { publishCards, type DrawnCard } from '../src/lib/kit/og-build.ts';
import { siteSettings } from '../src/lib/site-settings.ts';
import { sha256Hex } from './lib/article-id.ts';
import { atlasCacheDir } from './lib/build-cache/paths.ts';
import { fingerprint, SITE_CODE } from './lib/build-cache/fingerprint.ts';
import { bundlerAllocatorEnv } from './lib/bundler-allocator.ts';
import { exitOnFailure, runScript, startScript } from './lib/child-script.ts';
import { moveFolders } from './lib/move-folders.ts';
import type { IngestReport } from './lib/run-ingest.ts';

const root = process.cwd();
const seedsDir = resolve(process.env.ATLAS_SEEDS ?? 'seeds');
const contentDir = resolve(siteSettings().contentDir);
const outDir = resolve(process.env.ATLAS_OUT ?? 'dist');
const settings = ['ATLAS_BASE', 'ATLAS_SITE', 'ATLAS_CONTENT', 'ATLAS_OUT', 'ATLAS_TILES'].map(
  (k) => `${k}=${process.env[k] ?? ''}`,
);
// The steps Astro leaves to this script: it runs them beside Astro or after it.
const DEFERRED = Object.fromEntries(
  [SEARCH_INDEX_ENV, SHARE_CARDS_ENV, ENTITY_DOWNLOADS_ENV, SECURITY_HEADERS_ENV].map((name) => [name, 'defer']),
);

const ingestStarted = performance.now();
// The ingest CLI uses the same seed cache (atlasCacheDir('ingest')) and writes its report into the content folder.
exitOnFailure('the ingest', await runScript('ingest.ts', ['--seeds', seedsDir, '--out', contentDir]));
const ingestSeconds = (performance.now() - ingestStarted) / 1000;
const report = JSON.parse(readFileSync(join(contentDir, 'ingest-report.json'), 'utf8')) as IngestReport;
let astroSeconds = 0;
let searchSeconds = 0;

const buildCache = atlasCacheDir('build');
const outKey = sha256Hex(outDir).slice(0, 16);
const stampFile = join(buildCache, `${outKey}.json`);
const inputs = fingerprint(root, [...SITE_CODE, contentDir], settings);
const previous = existsSync(stampFile) ? (JSON.parse(readFileSync(stampFile, 'utf8')) as { inputs: string }) : null;
const reportFile = join(outDir, 'build-report.json');

/** Astro, with the kit files made beside it; then the cards and downloads put into the site. */
async function buildPages(work: string): Promise<void> {
  const cardList = join(work, 'cards.json');
  const downloads = join(work, 'downloads');
  const kit = startScript('kit-files.ts', ['--content', contentDir, '--list', cardList, '--downloads', downloads]);
  const started = performance.now();
  const astroExit = await runScript('astro-build.ts', [], { ...DEFERRED, ...bundlerAllocatorEnv(process.env) });
  astroSeconds = (performance.now() - started) / 1000;
  if (astroExit !== 0) kit.stop();
  exitOnFailure('astro build', astroExit);
  exitOnFailure('the kit files', await kit.exited);
  publishCards((JSON.parse(readFileSync(cardList, 'utf8')) as { cards: DrawnCard[] }).cards, outDir);
  rmSync(join(outDir, 'og', CARDS_PENDING_FILE), { force: true });
  moveFolders(join(downloads, 'data'), join(outDir, 'data'));
}

/** The search index, while the pages are read for their inline hashes; then `_headers`. */
async function finishSite(work: string): Promise<void> {
  const hashesFile = join(work, 'hashes.json');
  const hashes = startScript('page-hashes.ts', ['--site', outDir, '--out', hashesFile]);
  const started = performance.now();
  await indexBuiltSite(outDir, { info: (message) => console.log(`[atlas:pagefind] ${message}`) }).catch((error) => {
    hashes.stop();
    throw error;
  });
  searchSeconds = (performance.now() - started) / 1000;
  exitOnFailure('reading the pages for _headers', await hashes.exited);
  const known = JSON.parse(readFileSync(hashesFile, 'utf8')) as InlineHashes;
  const { base, policy } = siteSettings();
  const { blocks, problems } = await writeHeadersFile(outDir, base, policy, known);
  problems.forEach((problem) => console.warn(`build: ${problem}`));
  console.log(`build: wrote _headers (${blocks} path blocks)`);
}

if (previous?.inputs === inputs && existsSync(reportFile)) {
  console.log(`build: nothing changed since the last build; ${outDir} is up to date`);
} else {
  const work = join(buildCache, `${outKey}-work`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  await buildPages(work);
  await finishSite(work);
  rmSync(work, { recursive: true, force: true });
  // Only a build that is whole, index included, gets its report and the stamp that lets the next run skip it.
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
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
