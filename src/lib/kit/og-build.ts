/**
 * Drawing and publishing the share cards of a build, outside page rendering:
 * a card needs only the atlas, so the build draws them in a process of its
 * own while Astro renders the pages (`scripts/kit-files.ts`), or, in a
 * plain `astro build`, once the pages are done (`src/integrations/share-cards.ts`).
 * Cards go into the content-addressed cache first (`og-render.ts`), which is
 * pruned to this atlas's cards; publishing links them into the site.
 */
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LOCALES } from '../../i18n/locales.ts';
import type { Atlas } from '../atlas-types.ts';
import { loadBasemap } from '../geo/basemap.ts';
import { systemFontSupport } from './fonts.ts';
import { cardBackground, cardOverlay, type CardContent } from './og-card.ts';
import { homeCard, pageCard } from './og-content.ts';
import {
  CARD_EXT,
  cachedCardFile,
  cardKey,
  drawMissing,
  loadSharpRenderer,
  pruneCardCache,
  type CardLayers,
} from './og-render.ts';
import { CARD_KINDS } from './urls.ts';

/** The site-wide card, published in every card's place when no renderer can be loaded. */
export const FALLBACK_CARD = 'public/og-card.png';

/** A card of the site: its path under the site (`og/cities/qingdao.jpg`) and what it shows. */
export interface CardJob {
  path: string;
  content: CardContent;
}

/** A drawn card: its path under the site and the file holding its image. */
export interface DrawnCard {
  path: string;
  file: string;
}

/**
 * Every card the atlas has: one per city and industry (shared by the
 * page's three locales), and the home card of each locale.
 * @example cardJobs(atlas).map((c) => c.path) // ['og/cities/hefei.jpg', …, 'og/zh-hans.jpg', 'og/zh-hant.jpg', 'og/en.jpg']
 */
export function cardJobs(atlas: Atlas): CardJob[] {
  const rows = { cities: atlas.cities, industries: atlas.industries };
  return [
    ...CARD_KINDS.flatMap((kind) =>
      rows[kind].flatMap(({ id }) => {
        const content = pageCard(atlas, kind, id);
        return content ? [{ path: `og/${kind}/${id}.${CARD_EXT}`, content }] : [];
      }),
    ),
    ...LOCALES.map((locale) => ({ path: `og/${locale}.${CARD_EXT}`, content: homeCard(atlas, locale) })),
  ];
}

/**
 * Draw every card of `jobs` that the cache lacks (two at a time) after
 * pruning the cache to these cards; returns where each card's image is.
 * Without a renderer (sharp cannot load here) every card is the site-wide one.
 */
export async function drawCards(jobs: readonly CardJob[], cacheDir: string, root = '.'): Promise<DrawnCard[]> {
  const renderer = await loadSharpRenderer();
  if (!renderer) return jobs.map(({ path }) => ({ path, file: resolve(root, FALLBACK_CARD) }));
  const background = cardBackground(loadBasemap(root));
  const fonts = systemFontSupport();
  const layers: CardLayers[] = jobs.map(({ content }) => ({ background, overlay: cardOverlay(content, fonts) }));
  pruneCardCache(cacheDir, new Set(layers.map((card) => cardKey(card, renderer.version))));
  await drawMissing(layers, renderer, cacheDir);
  return jobs.map(({ path }, i) => ({ path, file: cachedCardFile(cacheDir, layers[i]!, renderer.version) }));
}

/**
 * Put drawn cards into a built site: a hard link to the cached image where
 * the two folders share a file system, a copy otherwise. Returns how many.
 */
export function publishCards(cards: readonly DrawnCard[], site: string): number {
  const folders = new Set<string>();
  for (const { path, file } of cards) {
    const target = join(site, path);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    rmSync(target, { force: true });
    try {
      linkSync(file, target);
    } catch {
      copyFileSync(file, target);
    }
  }
  return cards.length;
}
