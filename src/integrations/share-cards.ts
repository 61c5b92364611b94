/**
 * Publishes the share cards (`og/…`) once the pages are built: drawn from
 * the content folder into the card cache, then linked into the site (see
 * `src/lib/kit/og-build.ts`). With `ATLAS_SHARE_CARDS=defer` (which
 * `scripts/build.ts` sets: it draws the cards beside Astro while the pages
 * render) this only holds the `og/` folder's place for the caller.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { readContentAtlas } from '../lib/content/read-content.ts';
import { cardJobs, drawCards, publishCards } from '../lib/kit/og-build.ts';
import { defaultCacheDir } from '../lib/kit/og-render.ts';
import { leftToCaller, reserveFolder, stepMode } from './defer.ts';

/** The environment variable that leaves the cards to the caller. */
export const SHARE_CARDS_ENV = 'ATLAS_SHARE_CARDS';

/** The file that holds the `og/` folder's place until the cards are published. */
export const CARDS_PENDING_FILE = 'cards-pending.txt';

const STEP = 'share cards';

/** The integration; `contentDir` is the folder the collections are read from. */
export default function shareCards(contentDir: string): AstroIntegration {
  return {
    name: 'atlas:share-cards',
    hooks: {
      'astro:config:done': () => {
        stepMode(process.env, SHARE_CARDS_ENV, STEP);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        if (leftToCaller(SHARE_CARDS_ENV, STEP, logger)) {
          const note = `The share cards are published after the site (${SHARE_CARDS_ENV}=defer); this file is then removed.`;
          await reserveFolder(site, 'og', CARDS_PENDING_FILE, note);
          return;
        }
        const started = performance.now();
        const cards = await drawCards(cardJobs(readContentAtlas(resolve(contentDir))), resolve(defaultCacheDir()));
        logger.info(
          `published ${publishCards(cards, site)} share cards in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
