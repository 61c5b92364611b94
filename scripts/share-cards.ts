/**
 * The share cards of a content folder, drawn into the card cache in a
 * process of their own: `scripts/build.ts` runs this beside Astro's build,
 * so the cards use the second core while the pages render, and publishes
 * them into the site from the list this writes once Astro is done.
 *
 *   node scripts/share-cards.ts --content DIR --list FILE
 *
 * The cache is `$ATLAS_CACHE/atlas-og` (as for the pages); `--list` gets
 * `{ "cards": [{ "path": "og/cities/qingdao.jpg", "file": "<cached image>" }, …] }`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readContentAtlas } from '../src/lib/content/read-content.ts';
import { cardJobs, drawCards } from '../src/lib/kit/og-build.ts';
import { defaultCacheDir } from '../src/lib/kit/og-render.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: process.env.ATLAS_CONTENT ?? 'content' },
    list: { type: 'string' },
  },
});
if (!values.list) throw new Error('share-cards: --list FILE is required');

const started = performance.now();
const jobs = cardJobs(readContentAtlas(resolve(values.content)));
const cards = await drawCards(jobs, resolve(defaultCacheDir()));
writeFileSync(values.list, `${JSON.stringify({ cards })}\n`);
console.log(`share-cards: ${cards.length} cards ready in ${Math.round(performance.now() - started)} ms`);
