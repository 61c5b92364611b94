/**
 * The ingest as a step with side effects: read the seed folder, ingest it
 * (with the seed cache), write the content collections and the ingest
 * report. Used by `npm run ingest` and by the build.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEntityTables } from './aggregate/build-tables.ts';
import type { EntityTables } from './aggregate/types.ts';
import { diskSeedCache } from './build-cache/disk-seed-cache.ts';
import { fingerprint, INGEST_CODE } from './build-cache/fingerprint.ts';
import { articleFiles, ENTITY_SECTIONS, entityFiles } from './content-files.ts';
import { buildLexicon } from './entities/build-lexicon.ts';
import { loadCurated } from './entities/load-curated.ts';
import { enrichWithGazetteer } from './enrich.ts';
import {
  applyEnglishTitles,
  ENGLISH_TITLES_FILE,
  NO_ENGLISH_TITLES,
  parseEnglishTitles,
  type EnglishTitles,
} from './english-titles.ts';
import { loadPlaces } from './gazetteer/load-places.ts';
import { ingestCorpus, NO_CACHE, type CorpusResult, type SeedInput } from './ingest-corpus.ts';
import { syncSection, type SyncStats } from './sync-files.ts';

/** Where the ingest reads and writes. */
export interface IngestRun {
  /** The project root: code and gazetteer are read from here. */
  root: string;
  seedsDir: string;
  outDir: string;
  /** Folder for the per-seed cache; none when undefined. */
  cacheDir?: string;
}

/** What the ingest did, for the console and the build report. */
export interface IngestReport {
  articles: number;
  entities: Record<(typeof ENTITY_SECTIONS)[number], number>;
  skipped: CorpusResult['skipped'];
  merged: CorpusResult['merged'];
  /** Problems with editor-supplied files (english-titles.yaml) that did not stop the ingest. */
  warnings: string[];
}

/** Seed files are the plain files of the folder, in name order; dotfiles, READMEs and the English titles are not seeds. */
export function readSeeds(dir: string): SeedInput[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.') && !/^readme/i.test(d.name) && d.name !== ENGLISH_TITLES_FILE)
    .map((d) => d.name)
    .sort()
    .map((file) => ({ file, bytes: readFileSync(join(dir, file)) }));
}

/** The editor's English titles for the seeds of a folder; none when the folder has no such file. */
export function readEnglishTitles(seedsDir: string, seedFiles: readonly string[]): EnglishTitles {
  const path = join(seedsDir, ENGLISH_TITLES_FILE);
  if (!existsSync(path)) return NO_ENGLISH_TITLES;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { titles: new Map(), warnings: [`${path}: cannot be read (${(error as Error).message}); ignored`] };
  }
  return parseEnglishTitles(text, seedFiles, path);
}

function writeContent(outDir: string, result: CorpusResult, tables: EntityTables): SyncStats {
  const total: SyncStats = { written: 0, unchanged: 0, removed: 0 };
  const sections = [
    syncSection(outDir, 'articles', articleFiles(result.entries)),
    ...ENTITY_SECTIONS.map((section) => syncSection(outDir, section, entityFiles(tables, section))),
  ];
  for (const s of sections) {
    total.written += s.written;
    total.unchanged += s.unchanged;
    total.removed += s.removed;
  }
  return total;
}

/** Run the ingest; returns its report and prints a summary. */
export function runIngest(run: IngestRun, log: (line: string) => void = console.log): IngestReport {
  const started = performance.now();
  const lexicon = buildLexicon(loadPlaces(), loadCurated());
  const cache = run.cacheDir ? diskSeedCache(run.cacheDir, fingerprint(run.root, INGEST_CODE)) : undefined;
  const seeds = readSeeds(run.seedsDir);
  const english = readEnglishTitles(
    run.seedsDir,
    seeds.map((s) => s.file),
  );
  // Titles are applied after the seed cache: editing the file never needs a fresh cache.
  const ingested = ingestCorpus(seeds, {}, enrichWithGazetteer(lexicon), cache ?? NO_CACHE);
  const result = { ...ingested, entries: applyEnglishTitles(ingested.entries, english.titles) };
  const tables = buildEntityTables(
    result.entries.map((entry) => ({ entry, links: entry.links ?? { mentions: [], newParks: [] } })),
    lexicon,
  );
  const stats = writeContent(run.outDir, result, tables);
  const report: IngestReport = {
    articles: result.entries.length,
    entities: Object.fromEntries(ENTITY_SECTIONS.map((s) => [s, tables[s].length])) as IngestReport['entities'],
    skipped: result.skipped,
    merged: result.merged,
    warnings: english.warnings,
  };
  mkdirSync(run.outDir, { recursive: true });
  writeFileSync(join(run.outDir, 'ingest-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  for (const s of result.skipped) log(`ingest: skipped ${join(run.seedsDir, s.file)}: ${s.reason}`);
  for (const m of result.merged) log(`ingest: ${m.file} is the same article as ${m.into}; merged`);
  for (const w of english.warnings) log(`ingest: warning: ${w}`);
  const counts = ENTITY_SECTIONS.map((s) => `${report.entities[s]} ${s}`).join(', ');
  const cached = cache ? `, ${cache.stats.hits} cache hits` : '';
  log(
    `ingest: ${report.articles} articles, ${counts} → ${run.outDir} (${stats.written} files written, ` +
      `${stats.unchanged} unchanged, ${stats.removed} removed; ${result.skipped.length} seeds skipped${cached}) ` +
      `in ${((performance.now() - started) / 1000).toFixed(2)}s`,
  );
  return report;
}
