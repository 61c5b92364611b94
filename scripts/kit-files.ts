/**
 * The journalists' kit files that need only the content, made in a process
 * of their own beside Astro's build (`scripts/build.ts` starts it after the
 * ingest), so they use the second core while Astro renders the pages:
 *
 * - the share cards, drawn into the card cache (`$ATLAS_CACHE/atlas-og`);
 *   `--list` gets `{ "cards": [{ "path": "og/cities/qingdao.jpg", "file": "<cached image>" }, …] }`
 *   for the build to publish them once Astro is done;
 * - the per-entity downloads (`data/<kind>/<id>.json` and `.csv`), written
 *   under `--downloads DIR`, which the build moves into the site.
 *
 *   node scripts/kit-files.ts --content DIR --list FILE --downloads DIR
 *
 * The atlas is read straight from the content folder, and the site's
 * address from the same settings as the pages (ATLAS_SITE, ATLAS_BASE).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeDownloadFiles } from '../src/integrations/entity-downloads.ts';
import { readContentAtlas } from '../src/lib/content/read-content.ts';
import { buildTables } from '../src/lib/kit/dataset.ts';
import { atlasDocument, atlasMeta } from '../src/lib/kit/documents.ts';
import { cardJobs, drawCards } from '../src/lib/kit/og-build.ts';
import { defaultCacheDir } from '../src/lib/kit/og-render.ts';
import { siteSettings } from '../src/lib/site-settings.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: siteSettings().contentDir },
    list: { type: 'string' },
    downloads: { type: 'string' },
  },
});
if (!values.list || !values.downloads) throw new Error('kit-files: --list FILE and --downloads DIR are required');

const started = performance.now();
const atlas = readContentAtlas(resolve(values.content));
const { site, base } = siteSettings();
const address = { site: new URL(site), base };
rmSync(values.downloads, { recursive: true, force: true });
const files = await writeDownloadFiles(
  atlasDocument(buildTables(atlas, address), atlasMeta(address)),
  values.downloads,
);
const cards = await drawCards(cardJobs(atlas), resolve(defaultCacheDir()));
writeFileSync(values.list, `${JSON.stringify({ cards })}\n`);
console.log(
  `kit-files: ${files} entity download files and ${cards.length} share cards ready in ${Math.round(performance.now() - started)} ms`,
);
