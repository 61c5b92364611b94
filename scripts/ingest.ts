/**
 * `npm run ingest [-- --seeds DIR --out DIR --strict --no-cache]`: raw seed
 * pages in, MDX content collections out.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { atlasCacheDir } from './lib/build-cache/paths.ts';
import { runIngest } from './lib/run-ingest.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: process.env.ATLAS_SEEDS ?? 'seeds' },
    out: { type: 'string', default: process.env.ATLAS_CONTENT ?? 'content' },
    strict: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
  },
});

const report = runIngest(
  {
    root: process.cwd(),
    seedsDir: resolve(values.seeds),
    outDir: resolve(values.out),
    cacheDir: values['no-cache'] ? undefined : atlasCacheDir('ingest'),
  },
  (line) => (/: (skipped|warning:) /.test(line) ? console.warn(line) : console.log(line)),
);
if (values.strict && report.skipped.length > 0) process.exitCode = 1;
