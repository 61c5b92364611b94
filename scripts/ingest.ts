/**
 * `npm run ingest [-- --seeds DIR --out DIR --strict]`: raw seed pages in,
 * MDX content collections out. The only module that reads seeds and writes
 * content; everything it calls is pure.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildEntityTables } from './lib/aggregate/build-tables.ts';
import { articleFiles, ENTITY_SECTIONS, entityFiles } from './lib/content-files.ts';
import { buildLexicon } from './lib/entities/build-lexicon.ts';
import { loadCurated } from './lib/entities/load-curated.ts';
import { enrichWithGazetteer } from './lib/enrich.ts';
import { loadPlaces } from './lib/gazetteer/load-places.ts';
import { ingestCorpus, type SeedInput } from './lib/ingest-corpus.ts';
import { syncSection, type SyncStats } from './lib/sync-files.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: process.env.ATLAS_SEEDS ?? 'seeds' },
    out: { type: 'string', default: process.env.ATLAS_CONTENT ?? 'content' },
    strict: { type: 'boolean', default: false },
  },
});
const seedsDir = resolve(values.seeds);
const outDir = resolve(values.out);

/** Seed files are the plain files of the folder, in name order; dotfiles and READMEs are not seeds. */
function readSeeds(dir: string): SeedInput[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.') && !/^readme/i.test(d.name))
    .map((d) => d.name)
    .sort()
    .map((file) => ({ file, bytes: readFileSync(join(dir, file)) }));
}

function addStats(a: SyncStats, b: SyncStats): SyncStats {
  return { written: a.written + b.written, unchanged: a.unchanged + b.unchanged, removed: a.removed + b.removed };
}

const started = performance.now();
const lexicon = buildLexicon(loadPlaces(), loadCurated());
const result = ingestCorpus(readSeeds(seedsDir), {}, enrichWithGazetteer(lexicon));
const tables = buildEntityTables(
  result.entries.map((entry) => ({ entry, links: entry.links ?? { mentions: [], newParks: [] } })),
  lexicon,
);
let stats = syncSection(outDir, 'articles', articleFiles(result.entries));
for (const section of ENTITY_SECTIONS)
  stats = addStats(stats, syncSection(outDir, section, entityFiles(tables, section)));
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'ingest-report.json'),
  `${JSON.stringify({ articles: result.entries.length, skipped: result.skipped, merged: result.merged }, null, 2)}\n`,
);

for (const s of result.skipped) console.warn(`ingest: skipped ${join(values.seeds, s.file)}: ${s.reason}`);
for (const m of result.merged) console.log(`ingest: ${m.file} is the same article as ${m.into}; merged`);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const counts = ENTITY_SECTIONS.map((s) => `${tables[s].length} ${s}`).join(', ');
console.log(
  `ingest: ${result.entries.length} articles, ${counts} from ${values.seeds} → ${values.out} ` +
    `(${stats.written} files written, ${stats.unchanged} unchanged, ${stats.removed} removed; ` +
    `${result.skipped.length} seeds skipped) in ${seconds}s`,
);
if (values.strict && result.skipped.length > 0) process.exitCode = 1;
