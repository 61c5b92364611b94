/**
 * `npm run build`: ingest the seeds, build the site with Astro while the
 * share cards are drawn beside it, then build the search index, and write
 * `dist/build-report.json`. The ingest (`scripts/ingest.ts`), Astro
 * (`scripts/astro-build.ts`) and the cards (`scripts/share-cards.ts`) each
 * run in a child process, so neither's memory is still held while the next
 * step runs: this process stays small, and indexes the site only once
 * Astro's process has exited. When neither the content nor the code nor the settings changed
 * since the last build into the same folder, Astro is skipped: the folder
 * already holds that build.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join, resolve } from 'node:path';
import { indexBuiltSite } from '../src/integrations/pagefind.ts';
import { SEARCH_INDEX_ENV } from '../src/integrations/pagefind-defer.ts';
import { CARDS_PENDING_FILE, SHARE_CARDS_ENV } from '../src/integrations/share-cards.ts';
import { publishCards, type DrawnCard } from '../src/lib/kit/og-build.ts';
import { atlasCacheDir } from './lib/build-cache/paths.ts';
import { bundlerAllocatorEnv } from './lib/bundler-allocator.ts';
import { fingerprint, SITE_CODE } from './lib/build-cache/fingerprint.ts';
import { sha256Hex } from './lib/article-id.ts';
import type { IngestReport } from './lib/run-ingest.ts';

const root = process.cwd();
const seedsDir = resolve(process.env.ATLAS_SEEDS ?? 'seeds');
const contentDir = resolve(process.env.ATLAS_CONTENT ?? 'content');
const outDir = resolve(process.env.ATLAS_OUT ?? 'dist');
const settings = ['ATLAS_BASE', 'ATLAS_SITE', 'ATLAS_CONTENT', 'ATLAS_OUT', 'ATLAS_TILES'].map(
  (k) => `${k}=${process.env[k] ?? ''}`,
);

/** A child process running one of this folder's scripts. */
interface ScriptRun {
  /** Resolves with its exit code (128 + the signal's number when a signal ended it). */
  exited: Promise<number>;
  stop(): void;
}

/** Run a script of this folder in a child Node process, in this environment plus `env`, its output streamed through. */
function startScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): ScriptRun {
  const child = spawn(process.execPath, [...process.execArgv, join(import.meta.dirname, script), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  const exited = new Promise<number>((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code, signal) => done(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
  return { exited, stop: () => child.kill() };
}

/** Run a script to its end; resolves with its exit code. */
const runScript = (script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<number> =>
  startScript(script, args, env).exited;

/** Stop the build with a child's exit code when it failed. */
function exitOnFailure(step: string, code: number): void {
  if (code === 0) return;
  console.error(`build: ${step} failed (exit ${code})`);
  process.exit(code);
}

const ingestStarted = performance.now();
// The ingest CLI uses the same seed cache (atlasCacheDir('ingest')) and writes its report into the content folder.
exitOnFailure('the ingest', await runScript('ingest.ts', ['--seeds', seedsDir, '--out', contentDir]));
const ingestSeconds = (performance.now() - ingestStarted) / 1000;
const report = JSON.parse(readFileSync(join(contentDir, 'ingest-report.json'), 'utf8')) as IngestReport;
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
  // The share cards need only the content: drawn beside Astro, on the other core, while it renders the pages.
  const cardList = join(atlasCacheDir('build'), `${sha256Hex(outDir).slice(0, 16)}-cards.json`);
  mkdirSync(atlasCacheDir('build'), { recursive: true });
  const cards = startScript('share-cards.ts', ['--content', contentDir, '--list', cardList]);
  const astroEnv = { [SEARCH_INDEX_ENV]: 'defer', [SHARE_CARDS_ENV]: 'defer', ...bundlerAllocatorEnv(process.env) };
  const astroExit = await runScript('astro-build.ts', [], astroEnv);
  if (astroExit !== 0) cards.stop();
  exitOnFailure('astro build', astroExit);
  astroSeconds = (performance.now() - started) / 1000;
  exitOnFailure('the share cards', await cards.exited);
  publishCards((JSON.parse(readFileSync(cardList, 'utf8')) as { cards: DrawnCard[] }).cards, outDir);
  rmSync(join(outDir, 'og', CARDS_PENDING_FILE), { force: true });
  const searchStarted = performance.now();
  await indexBuiltSite(outDir, { info: (message) => console.log(`[atlas:pagefind] ${message}`) });
  searchSeconds = (performance.now() - searchStarted) / 1000;
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
