/**
 * Writes the per-entity download files (`data/<kind>/<id>.json` and `.csv`)
 * once the pages are built, from the whole-atlas download the build wrote
 * (`data/atlas.json`); with `ATLAS_ENTITY_DOWNLOADS=defer` it leaves them to
 * `scripts/build.ts`, which makes them from the content beside Astro
 * (`scripts/kit-files.ts`). See `src/lib/kit/entity-downloads.ts` for why
 * these are not routes.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { AtlasDocument } from '../lib/kit/documents.ts';
import { entityDownloads } from '../lib/kit/entity-downloads.ts';
import { leftToCaller, stepMode } from './defer.ts';

/** Write the per-entity files of an atlas document under `dir` (at `data/<kind>/…`); returns how many. */
export async function writeDownloadFiles(atlas: AtlasDocument, dir: string): Promise<number> {
  const folders = new Set<string>();
  let count = 0;
  for (const file of entityDownloads(atlas)) {
    const target = join(dir, file.path);
    const folder = dirname(target);
    if (!folders.has(folder)) await mkdir(folder, { recursive: true });
    folders.add(folder);
    await writeFile(target, file.contents);
    count++;
  }
  return count;
}

/** Write the files of the atlas download in `siteDir`, from its `data/atlas.json`; returns how many. */
export async function writeEntityDownloads(siteDir: string): Promise<number> {
  const atlas = JSON.parse(await readFile(join(siteDir, 'data', 'atlas.json'), 'utf8')) as AtlasDocument;
  return writeDownloadFiles(atlas, siteDir);
}

/** The environment variable that leaves the downloads to the caller (`scripts/build.ts` makes them beside Astro). */
export const ENTITY_DOWNLOADS_ENV = 'ATLAS_ENTITY_DOWNLOADS';

const STEP = 'entity downloads';

/** The integration: per-entity downloads after the build, before the search index and `_headers`. */
export default function entityDownloadsIntegration(): AstroIntegration {
  return {
    name: 'atlas:entity-downloads',
    hooks: {
      'astro:config:done': () => {
        stepMode(process.env, ENTITY_DOWNLOADS_ENV, STEP);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (leftToCaller(ENTITY_DOWNLOADS_ENV, STEP, logger)) return;
        const started = performance.now();
        const count = await writeEntityDownloads(fileURLToPath(dir));
        logger.info(`wrote ${count} entity download files in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
